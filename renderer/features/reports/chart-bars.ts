import type { TransparencyRow } from '../../../shared/transparency/report';

export interface ChartBar {
  key: string;
  group: string;
  label: string;
  measure: 'fulfilledRequests' | 'affectedUsers';
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  max: number;
  bars: ChartBar[];
  groups: { label: string; x: number }[];
}

const BAR = 14;
const GAP = 4;
const GROUP_GAP = 18;

/**
 * A grouped bar chart of the published figures: per quarter and country, one bar for the
 * fulfilled requests and one for the affected users, on one linear scale from zero.
 */
export function chartLayout(rows: readonly TransparencyRow[], plotHeight = 180): ChartLayout {
  const shown = rows.filter((r) => r.fulfilledRequests > 0 || r.affectedUsers > 0);
  const max = Math.max(1, ...shown.flatMap((r) => [r.fulfilledRequests, r.affectedUsers]));
  const bars: ChartBar[] = [];
  const groups: ChartLayout['groups'] = [];
  let x = 40;
  for (const row of shown) {
    const label = `${row.country} ${row.period}`;
    groups.push({ label, x: x + BAR + GAP / 2 });
    for (const measure of ['fulfilledRequests', 'affectedUsers'] as const) {
      const value = row[measure];
      const height = (value / max) * plotHeight;
      bars.push({
        key: `${label} ${measure}`,
        group: label,
        label: `${label}: ${value} ${measure === 'fulfilledRequests' ? 'fulfilled requests' : 'affected users'}`,
        measure,
        value,
        x,
        y: 10 + plotHeight - height,
        width: BAR,
        height,
      });
      x += BAR + GAP;
    }
    x += GROUP_GAP;
  }
  return { width: Math.max(x + 20, 240), height: plotHeight + 60, max, bars, groups };
}
