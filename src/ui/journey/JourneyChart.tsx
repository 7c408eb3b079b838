import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { JourneyStation } from '../../domain/analysis/journey';
import type { FigureColour } from '../../domain/model/figure';
import { FIGURE_COLOUR_HEX } from '../../domain/model/palette';
import { markColour } from '../../diagram/diagramColours';
import { useNumberText } from '../analysis/useNumberText';

const WIDTH = 640;
const HEIGHT = 200;
const MARGIN = { top: 12, right: 16, bottom: 24, left: 52 };

interface JourneyChartProps {
  readonly stations: readonly JourneyStation[];
  readonly colours: ReadonlyMap<string, FigureColour>;
  readonly label: string;
}

/** One line per element's words: its distance from "Me" at the chosen moment, session after session. */
export function JourneyChart({ stations, colours, label }: JourneyChartProps) {
  const metres = useNumberText().metres;
  const x = scaleLinear([0, Math.max(1, stations.length - 1)], [MARGIN.left, WIDTH - MARGIN.right]);
  const largest = stations.reduce((most, station) => Math.max(most, ...station.distances.values()), 0);
  const y = scaleLinear([0, Math.max(1, largest)], [HEIGHT - MARGIN.bottom, MARGIN.top]).nice();
  const points = (key: string) => stations.map((station, i) => ({ i, metres: station.distances.get(key) }));
  const path = line<{ i: number; metres: number | undefined }>()
    .defined((point) => point.metres !== undefined)
    .x((point) => x(point.i))
    .y((point) => y(point.metres ?? 0));
  return (
    <svg className="journey-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
      {y.ticks(4).map((tick) => (
        <g key={tick} className="chart-grid">
          <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} />
          <text x={MARGIN.left - 6} y={y(tick)} textAnchor="end" dominantBaseline="middle">
            {metres(tick)}
          </text>
        </g>
      ))}
      {stations.map((station, i) => (
        <text key={station.session.info.id} className="chart-axis" x={x(i)} y={HEIGHT - 6} textAnchor="middle">
          {i + 1}
        </text>
      ))}
      {[...colours].map(([key, colour]) => {
        const stroke = markColour(FIGURE_COLOUR_HEX[colour]);
        return (
          <g key={key}>
            <path d={path(points(key)) ?? ''} fill="none" stroke={stroke} strokeWidth={2} />
            {points(key).map((point) =>
              point.metres === undefined ? null : (
                <circle key={point.i} cx={x(point.i)} cy={y(point.metres)} r={4} fill={FIGURE_COLOUR_HEX[colour]} stroke={stroke} />
              ),
            )}
          </g>
        );
      })}
    </svg>
  );
}
