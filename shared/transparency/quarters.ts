/** A calendar quarter in UTC, written as the report writes it: "2025-Q1". */
export type Period = `${number}-Q${1 | 2 | 3 | 4}`;

const PERIOD = /^(\d{4})-Q([1-4])$/;

export function isPeriod(value: string): value is Period {
  return PERIOD.test(value);
}

export function periodOf(instant: Date): Period {
  const quarter = Math.floor(instant.getUTCMonth() / 3) + 1;
  return `${instant.getUTCFullYear()}-Q${quarter}` as Period;
}

/** The first instant of the quarter and the first instant after it. */
export function periodBounds(period: Period): { start: Date; end: Date } {
  const match = PERIOD.exec(period);
  if (!match) throw new Error(`not a quarter: ${period}`);
  const year = Number(match[1]);
  const firstMonth = (Number(match[2]) - 1) * 3;
  return {
    start: new Date(Date.UTC(year, firstMonth, 1)),
    end: new Date(Date.UTC(year, firstMonth + 3, 1)),
  };
}

/** Every quarter that overlaps the days from `from` to `to`, both included, oldest first. */
export function periodsBetween(from: Date, to: Date): Period[] {
  const periods: Period[] = [];
  let cursor = periodBounds(periodOf(from)).start;
  while (cursor.getTime() <= to.getTime()) {
    const period = periodOf(cursor);
    periods.push(period);
    cursor = periodBounds(period).end;
  }
  return periods;
}
