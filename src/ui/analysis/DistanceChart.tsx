import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { type MouseEvent, useEffect, useMemo, useRef } from 'react';
import type { DistanceSample } from '../../domain/analysis/distanceOverTime';
import type { PhaseSpan } from '../../domain/analysis/phaseSpans';
import type { PlaybackController } from '../../domain/replay/playback';
import { durationText } from '../durationText';
import { useNumberText } from './useNumberText';

const WIDTH = 640;
const HEIGHT = 200;
const MARGIN = { top: 16, right: 12, bottom: 28, left: 44 };

interface DistanceChartProps {
  readonly samples: readonly DistanceSample[];
  readonly spans: readonly PhaseSpan[];
  readonly durationMs: number;
  readonly label: string;
  readonly playback: PlaybackController | null;
}

/**
 * The distance between two figures over session time as an SVG line, phases marked by their
 * number where they begin, the playhead as a thin line moved through a ref (never a render per
 * frame). A click seeks to the time under the pointer; the table beside it serves the keyboard.
 */
export function DistanceChart({ samples, spans, durationMs, label, playback }: DistanceChartProps) {
  const metresText = useNumberText().metres;
  const playhead = useRef<SVGLineElement>(null);
  const x = useMemo(() => scaleLinear([0, Math.max(1, durationMs)], [MARGIN.left, WIDTH - MARGIN.right]), [durationMs]);
  const y = useMemo(() => {
    const largest = samples.reduce((most, sample) => Math.max(most, sample.metres ?? 0), 0);
    return scaleLinear([0, Math.max(1, largest)], [HEIGHT - MARGIN.bottom, MARGIN.top]).nice();
  }, [samples]);
  const path = useMemo(
    () =>
      line<DistanceSample>()
        .defined((sample) => sample.metres !== null)
        .x((sample) => x(sample.t))
        .y((sample) => y(sample.metres ?? 0))(samples) ?? '',
    [samples, x, y],
  );

  useEffect(() => {
    if (!playback) return;
    const place = (time: number) => {
      const at = String(x(time));
      playhead.current?.setAttribute('x1', at);
      playhead.current?.setAttribute('x2', at);
    };
    place(playback.time());
    return playback.subscribe((time) => place(time));
  }, [playback, x]);

  const seek = (event: MouseEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    if (!playback || box.width === 0) return;
    const viewX = ((event.clientX - box.left) / box.width) * WIDTH;
    playback.seek(Math.max(0, Math.min(durationMs, x.invert(viewX))));
  };

  return (
    <svg className="distance-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} onClick={seek}>
      {y.ticks(4).map((tick) => (
        <g key={tick} className="chart-grid">
          <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} />
          <text x={MARGIN.left - 6} y={y(tick)} textAnchor="end" dominantBaseline="middle">
            {metresText(tick)}
          </text>
        </g>
      ))}
      {x.ticks(5).map((tick) => (
        <text key={tick} className="chart-axis" x={x(tick)} y={HEIGHT - 8} textAnchor="middle">
          {durationText(tick)}
        </text>
      ))}
      {spans.map((span) => (
        <g key={span.startMs} className="chart-phase">
          <line x1={x(span.startMs)} x2={x(span.startMs)} y1={MARGIN.top} y2={HEIGHT - MARGIN.bottom} />
          <text x={x(span.startMs) + 3} y={MARGIN.top - 4}>
            {span.phase + 1}
          </text>
        </g>
      ))}
      <path className="chart-line" d={path} />
      <line ref={playhead} className="chart-playhead" x1={MARGIN.left} x2={MARGIN.left} y1={MARGIN.top} y2={HEIGHT - MARGIN.bottom} />
    </svg>
  );
}
