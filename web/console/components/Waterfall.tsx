type Step = { key: string; label: string; value: number; total?: boolean };

/**
 * The MRR bridge over the range: start, each movement floating from where the last one left off, end.
 * Rises are green, falls red, totals in the accent colour; every bar is also a row of the table beside it.
 */
export function Waterfall(props: { steps: Step[]; label: string; format(minor: number): string }) {
  const width = 640;
  const height = 120;
  let running = 0;
  const bars = props.steps.map((s) => {
    const from = s.total ? 0 : running;
    const to = s.total ? s.value : running + s.value;
    running = s.total ? s.value : to;
    return { ...s, low: Math.min(from, to), high: Math.max(from, to) };
  });
  const top = Math.max(1, ...bars.map((b) => b.high));
  const slot = width / bars.length;
  const y = (v: number) => height - Math.round((v / top) * height);
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${height + 20}`} role="img" aria-label={props.label}>
        {bars.map((b, i) => (
          <g key={b.key}>
            <rect
              x={i * slot + slot * 0.15}
              y={y(b.high)}
              width={slot * 0.7}
              height={Math.max(1, y(b.low) - y(b.high))}
              className={b.total ? 'bar' : b.value < 0 ? 'bar fall' : 'bar rise'}
            >
              <title>{`${b.label}: ${props.format(b.value)}`}</title>
            </rect>
            <text x={i * slot + slot / 2} y={height + 16} textAnchor="middle" className="tick">
              {b.label}
            </text>
          </g>
        ))}
        <line x1={0} x2={width} y1={height} y2={height} className="axis" />
      </svg>
    </figure>
  );
}
