/**
 * Rows of one kind that belong to a case (its events, documents, call-backs, approval), read
 * either on their own or folded into the statement that reads the case itself, so that a
 * case's detail is one round trip to the database instead of one per kind.
 */
export interface CasePartQuery {
  /** The select list; its names are the row's keys either way. */
  columns: string;
  from: string;
  /** The column that names the case. */
  caseColumn: string;
  orderBy: string;
  /** Timestamp columns: a JSON row carries them as text, and they are made dates again. */
  dateColumns: readonly string[];
}

/** The rows of case `$1`, in order, as a statement of their own. */
export function partStatement(part: CasePartQuery): string {
  return `SELECT ${part.columns} FROM ${part.from} WHERE ${part.caseColumn} = $1 ORDER BY ${part.orderBy}`;
}

/** The same rows as one JSON array (empty when there are none), for a column of another statement. */
export function partAsJsonList(part: CasePartQuery, caseId: string): string {
  return `(SELECT coalesce(json_agg(r ORDER BY r.part_order), '[]'::json) FROM (
    SELECT ${part.columns}, row_number() OVER (ORDER BY ${part.orderBy}) AS part_order
      FROM ${part.from} WHERE ${part.caseColumn} = ${caseId}) r)`;
}

/** The first of the rows as one JSON object, or null. */
export function partAsJsonRow(part: CasePartQuery, caseId: string): string {
  return `(SELECT row_to_json(r) FROM (
    SELECT ${part.columns} FROM ${part.from} WHERE ${part.caseColumn} = ${caseId}
     ORDER BY ${part.orderBy} LIMIT 1) r)`;
}

/** Rows read back from JSON, with their timestamps as the driver would have given them. */
export function rowsFromJson<T>(
  part: CasePartQuery,
  rows: readonly Record<string, unknown>[],
): T[] {
  return rows.map((row) => {
    const revived: Record<string, unknown> = { ...row };
    for (const column of part.dateColumns) {
      const value = row[column];
      if (typeof value === 'string') revived[column] = new Date(value);
    }
    return revived as T;
  });
}
