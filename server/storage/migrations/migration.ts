/** One schema change. SQL lives in TypeScript modules so that bundlers carry it along. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}
