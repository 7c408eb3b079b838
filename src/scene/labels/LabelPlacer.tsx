import { useFrame, useThree } from '@react-three/fiber';
import { type RefObject, useEffect, useRef } from 'react';
import { type Camera, Vector3 } from 'three';
import type { FigureId } from '../../domain/model/ids';
import { shownRoom } from '../../store/selectors';
import { useResonans } from '../../store/StoreContext';
import { FIGURE_OPACITY_KEY, type LabelAnchor, type LabelAnchors } from './labelAnchors';
import { type LabelRequest, nearestPointOnRect, placeLabels, type ScreenPoint, type ScreenRect } from './placeLabels';

/** A label this far from home (in pixels) gets a thin line back to its figure. */
const LEADER_MIN_OFFSET_PX = 1;
const GAP_PX = 3;

interface Candidate {
  readonly request: LabelRequest;
  readonly span: HTMLElement;
  readonly opacity: number;
  readonly selected: boolean;
  readonly depth: number;
}

/**
 * Places the figures' labels (`FigureLabels`) on every frame the room draws: projects each
 * figure's anchor to the screen, lets `placeLabels` set them apart, and writes the result to
 * the page directly. No React state per frame; the page is touched only where a value changed.
 */
export function LabelPlacer({ anchors, layer }: { anchors: LabelAnchors; layer: RefObject<HTMLDivElement | null> }) {
  const invalidate = useThree((state) => state.invalidate);
  const topView = useResonans((state) => state.viewMode === 'top');
  const selected = useResonans((state) => state.selectedFigureId);
  // Words change outside the frame loop (a rename, covert mode): they need a new layout.
  const words = useResonans((state) => {
    const room = shownRoom(state);
    return `${state.covert}|${room.order.map((id) => room.figures[id]?.label ?? '').join('\n')}`;
  });
  const previous = useRef(new Map<string, ScreenPoint>());
  // Weak: a figure removed from the room takes its label's entries with it.
  const sizes = useRef(new WeakMap<HTMLElement, { key: string; width: number; height: number }>());
  const written = useRef(new WeakMap<Element, string>());

  useEffect(() => invalidate(), [topView, selected, words, invalidate]);

  useFrame(({ camera, size }) => {
    const root = layer.current;
    if (!root) return;
    camera.updateMatrixWorld();
    const write = (element: Element, value: string, apply: () => void) => {
      if (written.current.get(element) === value) return;
      written.current.set(element, value);
      apply();
    };
    const hide = (element: HTMLElement | SVGElement) => write(element, 'hidden', () => element.setAttribute('style', 'visibility: hidden'));

    const candidates: Candidate[] = [];
    for (const span of root.querySelectorAll<HTMLElement>('.figure-label')) {
      const id = (span.dataset.figureId ?? '') as FigureId;
      // A long name is cut short on the board; the figure under the mouse shows it whole.
      if (span.classList.contains('whole') !== (id === anchors.hovered)) span.classList.toggle('whole');
      const anchor = anchors.get(id);
      const opacity = anchor ? figureOpacity(anchor) : 0;
      const request = anchor && opacity > 0.01 ? labelRequest(id, anchor, measure(span, sizes.current), camera, size, topView) : null;
      if (!anchor || !request) {
        hide(span);
        continue;
      }
      candidates.push({ request, span, opacity, selected: id === selected, depth: camera.position.distanceTo(anchor.place.position) });
    }
    // The selected figure's label first, then the nearest: they keep their homes.
    candidates.sort((a, b) => Number(b.selected) - Number(a.selected) || a.depth - b.depth);
    const placement = placeLabels(
      candidates.map((candidate) => candidate.request),
      { width: size.width, height: size.height, gapPx: GAP_PX, previous: previous.current, obstacles: gripObstacle(anchors, camera, size) },
    );
    const lines = new Map<string, SVGElement>();
    for (const line of root.querySelectorAll<SVGElement>('line')) lines.set(line.dataset.figureId ?? '', line);
    const placedKeys = new Set<string>();
    previous.current = new Map();
    const byKey = new Map(candidates.map((candidate) => [candidate.request.key, candidate]));
    for (const placed of placement.placed) {
      placedKeys.add(placed.key);
      previous.current.set(placed.key, placed.offset);
      const candidate = byKey.get(placed.key);
      if (!candidate) continue;
      const { x, y } = placed.rect;
      const opacity = candidate.opacity >= 0.99 ? '' : ` opacity: ${candidate.opacity.toFixed(2)};`;
      const style = `visibility: visible; transform: translate(${Math.round(x)}px, ${Math.round(y)}px);${opacity}`;
      write(candidate.span, style, () => candidate.span.setAttribute('style', style));
      const line = lines.get(placed.key);
      if (!line) continue;
      if (Math.hypot(placed.offset.x, placed.offset.y) < LEADER_MIN_OFFSET_PX) {
        hide(line);
        continue;
      }
      const from = candidate.request.anchor;
      const to = nearestPointOnRect(placed.rect, from);
      const ends = `${from.x.toFixed(1)} ${from.y.toFixed(1)} ${to.x.toFixed(1)} ${to.y.toFixed(1)}`;
      write(line, ends, () => {
        line.setAttribute('x1', from.x.toFixed(1));
        line.setAttribute('y1', from.y.toFixed(1));
        line.setAttribute('x2', to.x.toFixed(1));
        line.setAttribute('y2', to.y.toFixed(1));
        line.setAttribute('style', 'visibility: visible');
      });
    }
    for (const candidate of candidates) if (!placedKeys.has(candidate.request.key)) hide(candidate.span);
    for (const [key, line] of lines) if (!placedKeys.has(key)) hide(line);
  });
  return null;
}

/** The knob of the turn handle on screen, kept clear of labels. */
function gripObstacle(anchors: LabelAnchors, camera: Camera, size: { width: number; height: number }): ScreenRect[] {
  const grip = anchors.turnGrip;
  if (!grip) return [];
  grip.object.updateWorldMatrix(true, false);
  const centre = toScreen(grip.object.getWorldPosition(world), camera, size);
  if (!centre) return [];
  const side = grip.radiusPx * 2;
  return [{ x: centre.x - grip.radiusPx, y: centre.y - grip.radiusPx, width: side, height: side }];
}

export function figureOpacity(anchor: LabelAnchor): number {
  if (!anchor.place.visible) return 0;
  const opacity = anchor.place.userData[FIGURE_OPACITY_KEY];
  return typeof opacity === 'number' ? opacity : 1;
}

/** A label's size on the page, read again only when its words or style change. */
function measure(span: HTMLElement, sizes: WeakMap<HTMLElement, { key: string; width: number; height: number }>) {
  const key = `${span.className}|${span.textContent}`;
  const known = sizes.get(span);
  if (known && known.key === key) return known;
  const measured = { key, width: span.offsetWidth, height: span.offsetHeight };
  sizes.set(span, measured);
  return measured;
}

const projected = new Vector3();

/** Where on the canvas a room point shows, in CSS pixels; null when it is behind the camera. */
function toScreen(point: Vector3, camera: Camera, size: { width: number; height: number }): ScreenPoint | null {
  projected.copy(point).project(camera);
  if (projected.z < -1 || projected.z > 1) return null;
  return { x: ((projected.x + 1) / 2) * size.width, y: ((1 - projected.y) / 2) * size.height };
}

const world = new Vector3();

/**
 * In 3D a label's home is above the head. In the top view it sits beside the base, on the side
 * the figure turns its back to, so it never covers the mark that shows the figure's facing.
 */
export function labelRequest(
  key: string,
  anchor: LabelAnchor,
  measured: { width: number; height: number },
  camera: Camera,
  size: { width: number; height: number },
  topView: boolean,
): LabelRequest | null {
  if (measured.width === 0) return null;
  const { x, z } = anchor.place.position;
  if (!topView) {
    const point = toScreen(world.set(x, anchor.heightMetres, z), camera, size);
    return point && { key, anchor: point, width: measured.width, height: measured.height, side: 'above' };
  }
  // rotation.y is −facing; a figure facing the bottom of the screen (+z) has cos(facing) < 0.
  const facesDown = Math.cos(anchor.turn.rotation.y) < 0;
  const point = toScreen(world.set(x, 0, facesDown ? z - anchor.baseRadiusMetres : z + anchor.baseRadiusMetres), camera, size);
  return point && { key, anchor: point, width: measured.width, height: measured.height, side: facesDown ? 'above' : 'below' };
}
