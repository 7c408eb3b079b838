import type { Camera } from 'three';
import type { FigureId } from '../../domain/model/ids';
import type { LabelAnchors } from '../labels/labelAnchors';
import { figureOpacity, labelRequest } from '../labels/LabelPlacer';
import { type LabelRequest, placeLabels } from '../labels/placeLabels';
import type { CapturedLabel, ViewSize } from './captureSlot';
import { labelBox, labelFont } from './labelStyle';

const GAP_PX = 3;
const LEADER_MIN_OFFSET_PX = 1;

interface LabelSubject {
  readonly anchors: LabelAnchors;
  readonly camera: Camera;
  readonly view: ViewSize;
  readonly topView: boolean;
  readonly selected: FigureId | null;
  /** The name shown for a figure (covert mode hides the words of the intention). */
  readonly text: (id: FigureId) => string;
  /** Measures text in the label's font at 1 CSS pixel per pixel. */
  readonly measure: (text: string) => number;
}

/**
 * The labels of a picture, placed by the same rules as the page's labels (`LabelPlacer`):
 * homes above heads or beside bases, the selected and nearest first, no two overlapping.
 */
export function captureLabels({ anchors, camera, view, topView, selected, text, measure }: LabelSubject): CapturedLabel[] {
  const size = { width: view.widthPx, height: view.heightPx };
  const candidates: { request: LabelRequest; text: string; opacity: number; selected: boolean; depth: number }[] = [];
  for (const [id, anchor] of anchors) {
    const opacity = figureOpacity(anchor);
    const words = text(id);
    if (opacity <= 0.01 || words === '') continue;
    const box = labelBox(measure(words), id === selected);
    const request = labelRequest(id, anchor, { width: box.widthPx, height: box.heightPx }, camera, size, topView);
    if (!request) continue;
    candidates.push({ request, text: words, opacity, selected: id === selected, depth: camera.position.distanceTo(anchor.place.position) });
  }
  candidates.sort((a, b) => Number(b.selected) - Number(a.selected) || a.depth - b.depth);
  const byKey = new Map(candidates.map((candidate) => [candidate.request.key, candidate]));
  const placement = placeLabels(
    candidates.map((candidate) => candidate.request),
    { width: size.width, height: size.height, gapPx: GAP_PX },
  );
  const labels: CapturedLabel[] = [];
  for (const placed of placement.placed) {
    const candidate = byKey.get(placed.key);
    if (!candidate) continue;
    const away = Math.hypot(placed.offset.x, placed.offset.y) >= LEADER_MIN_OFFSET_PX;
    labels.push({
      text: candidate.text,
      rect: placed.rect,
      leaderFrom: away ? candidate.request.anchor : null,
      selected: candidate.selected,
      opacity: candidate.opacity,
    });
  }
  return labels;
}

/** A text measurer in the label's font, from a canvas of its own. */
export function labelMeasurer(): (text: string) => number {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return (text) => text.length * 8;
  context.font = labelFont(1);
  return (text) => context.measureText(text).width;
}
