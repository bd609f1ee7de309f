/** MRR at the end of each interval as inline SVG bars (no chart library): the CSP allows no inline script anyway. */
export function MrrChart(props: {
  points: { start: number; mrr: number }[];
  label: string;
  format(minor: number): string;
  formatDate(s: number): string;
}) {
  const { points } = props;
  if (points.length === 0) return null;
  const width = 640;
  const height = 120;
  const top = Math.max(1, ...points.map((p) => p.mrr));
  const slot = width / points.length;
  const bar = Math.max(1, slot * 0.7);
  const last = points[points.length - 1];
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${height + 20}`} role="img" aria-label={`${props.label}: ${props.format(last.mrr)}`}>
        {points.map((p, i) => {
          const h = Math.round((p.mrr / top) * height);
          return (
            <rect
              key={p.start}
              x={i * slot + (slot - bar) / 2}
              y={height - h}
              width={bar}
              height={h}
              className="bar"
              data-mrr={p.mrr}
            >
              <title>{`${props.formatDate(p.start)}: ${props.format(p.mrr)}`}</title>
            </rect>
          );
        })}
        <line x1={0} x2={width} y1={height} y2={height} className="axis" />
        <text x={0} y={height + 16} className="tick">
          {props.formatDate(points[0].start)}
        </text>
        <text x={width} y={height + 16} className="tick" textAnchor="end">
          {props.formatDate(last.start)}
        </text>
      </svg>
    </figure>
  );
}
