import type { Overview } from './api';

type Point = Overview['trend'][number];

const W = 1000;
const H = 230;
const PAD = { top: 16, right: 16, bottom: 28, left: 40 };

/** A whole-number tick step giving about four intervals up to n. */
function niceStep(n: number): number {
  const raw = Math.max(1, n / 4);
  const mag = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) {
    if (m * mag >= raw) return m * mag;
  }
  return 10 * mag;
}

function shortDate(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return date;
  return d.toLocaleDateString(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });
}

/** Open findings per day as a line, new and fixed per day as paired bars. Hand-drawn SVG. */
export function TrendChart({ trend }: { trend: Point[] }) {
  if (trend.length === 0)
    return <p className="muted">No scans recorded yet, so there is no trend to show.</p>;
  const peak = Math.max(1, ...trend.map((p) => Math.max(p.open, p.new, p.fixed)));
  const step = niceStep(peak);
  const max = Math.ceil(peak / step) * step;
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const slot = innerW / trend.length;
  const x = (i: number) => PAD.left + slot * i + slot / 2;
  const y = (v: number) => PAD.top + innerH - (v / max) * innerH;
  const barW = Math.max(1, Math.min(8, slot / 3));
  const ticks = Array.from({ length: max / step + 1 }, (_, i) => i * step);
  const labelEvery = Math.max(1, Math.ceil(trend.length / 6));
  const line = trend.map((p, i) => `${x(i).toFixed(1)},${y(p.open).toFixed(1)}`).join(' ');
  const first = trend[0];
  const last = trend[trend.length - 1];
  const summary =
    first && last
      ? `Open findings went from ${first.open} on ${first.date} to ${last.open} on ${last.date}. ` +
        `${trend.reduce((s, p) => s + p.new, 0)} new and ${trend.reduce((s, p) => s + p.fixed, 0)} fixed in this period.`
      : '';

  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby="trend-title trend-desc"
        className="chart-svg"
      >
        <title id="trend-title">Findings over the last {trend.length} days</title>
        <desc id="trend-desc">{summary}</desc>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} className="grid" />
            <text x={PAD.left - 6} y={y(t)} dy="0.32em" textAnchor="end" className="axis">
              {t}
            </text>
          </g>
        ))}
        {trend.map((p, i) => (
          <g key={p.date}>
            {p.new > 0 ? (
              <rect
                x={x(i) - barW - 0.5}
                y={y(p.new)}
                width={barW}
                height={y(0) - y(p.new)}
                className="bar-new"
              />
            ) : null}
            {p.fixed > 0 ? (
              <rect
                x={x(i) + 0.5}
                y={y(p.fixed)}
                width={barW}
                height={y(0) - y(p.fixed)}
                className="bar-fixed"
              />
            ) : null}
            {i % labelEvery === 0 || i === trend.length - 1 ? (
              <text x={x(i)} y={H - 8} textAnchor="middle" className="axis">
                {shortDate(p.date)}
              </text>
            ) : null}
          </g>
        ))}
        <polyline points={line} className="line-open" />
        {trend.length <= 40
          ? trend.map((p, i) => <circle key={p.date} cx={x(i)} cy={y(p.open)} r={2.5} className="dot-open" />)
          : null}
      </svg>
      <figcaption className="legend">
        <span className="key key-open" aria-hidden="true" /> Open
        <span className="key key-new" aria-hidden="true" /> New that day
        <span className="key key-fixed" aria-hidden="true" /> Fixed that day
      </figcaption>
      <details className="chart-table">
        <summary>Show the numbers</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Open</th>
              <th scope="col">New</th>
              <th scope="col">Fixed</th>
            </tr>
          </thead>
          <tbody>
            {trend.map((p) => (
              <tr key={p.date}>
                <td>{p.date}</td>
                <td>{p.open}</td>
                <td>{p.new}</td>
                <td>{p.fixed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
