/** Where `/api` requests go: the in-process case service or a team server. */
export interface ApiUpstream {
  kind: 'embedded' | 'team';
  /** The origin the service is addressed at; requests are rewritten onto it. */
  origin: string;
  fetch(request: Request): Promise<Response>;
  close(): Promise<void>;
}
