import type { TransparencyRow } from '../../../shared/transparency/report';
import { chartLayout } from './chart-bars';

/** Requests and users per country and quarter, as bars; each bar names its number. */
export function TransparencyChart({ rows }: { rows: readonly TransparencyRow[] }) {
  const layout = chartLayout(rows);
  if (layout.bars.length === 0)
    return <p className="muted">No disclosure to chart in this period.</p>;
  const base = layout.height - 50;
  return (
    <figure className="report-chart">
      <svg
        role="img"
        aria-label="Fulfilled requests and affected users per country and quarter"
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
      >
        <line x1={36} x2={layout.width - 10} y1={base} y2={base} className="chart-axis" />
        <text x={4} y={16} className="chart-scale">
          {layout.max}
        </text>
        <text x={4} y={base} className="chart-scale">
          0
        </text>
        {layout.bars.map((bar) => (
          <rect
            key={bar.key}
            x={bar.x}
            y={bar.y}
            width={bar.width}
            height={Math.max(bar.height, 0.5)}
            className={bar.measure === 'fulfilledRequests' ? 'chart-requests' : 'chart-users'}
            aria-label={bar.label}
          >
            <title>{bar.label}</title>
          </rect>
        ))}
        {layout.groups.map((g) => (
          <text key={g.label} x={g.x} y={base + 16} textAnchor="middle" className="chart-label">
            {g.label}
          </text>
        ))}
      </svg>
      <figcaption>
        <span className="legend chart-requests-legend">Fulfilled requests</span>{' '}
        <span className="legend chart-users-legend">Affected users</span>
      </figcaption>
    </figure>
  );
}
