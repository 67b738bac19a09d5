/** What the in-browser part of the benchmark measures, as it hands it back. */
export interface BrowserFigures {
  records: number;
  pages: number;
  syncMs: number;
  rawBulkPutMs: number;
  /** The queue's first screen, read by index. */
  queueFirstScreenMs: number;
  queueLoadMs: number;
  queueIndexMs: number;
  filters: { filter: string; ms: number; rows: number }[];
}
