/**
 * The top-view diagram as plain data: what to draw, in SVG user units (CSS pixels, y down).
 * Nothing here knows React, the DOM or a PDF library; `diagramToSvg` writes it as SVG text,
 * the 2D board shows that text, and a report can hand the same text to its PDF writer.
 */

/** How a shape is painted; an absent fill means none. */
export interface DiagramPaint {
  readonly fill?: string;
  readonly fillOpacity?: number;
  readonly stroke?: string;
  readonly strokeOpacity?: number;
  readonly strokeWidth?: number;
  readonly strokeDasharray?: readonly number[];
  readonly opacity?: number;
  /** Seen but never hit by a pointer (a figure's gaze wedge must not grab it from afar). */
  readonly ignoresPointer?: boolean;
}

export interface DiagramCircle extends DiagramPaint {
  readonly kind: 'circle';
  readonly cx: number;
  readonly cy: number;
  readonly r: number;
}

export interface DiagramRect extends DiagramPaint {
  readonly kind: 'rect';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly rx?: number;
}

/** An outline through points; closed shapes are filled, open ones (trails, leaders) only stroked. */
export interface DiagramPath extends DiagramPaint {
  readonly kind: 'path';
  readonly points: readonly { readonly x: number; readonly y: number }[];
  readonly closed: boolean;
}

/** Real text, so a PDF keeps it sharp and selectable. `y` is the baseline. */
export interface DiagramText {
  readonly kind: 'text';
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly fontSizePx: number;
  readonly fontWeight: number;
  readonly fill: string;
  readonly anchor: 'start' | 'middle' | 'end';
  readonly opacity?: number;
}

/** A part of the picture: moved and turned as one, tagged for whoever hit-tests it (`data-*`). */
export interface DiagramGroup {
  readonly kind: 'group';
  readonly translate?: { readonly x: number; readonly y: number };
  /** Clockwise on screen, like a figure's facing seen from above. */
  readonly rotateDegrees?: number;
  readonly opacity?: number;
  readonly data?: Readonly<Record<string, string>>;
  readonly children: readonly DiagramShape[];
}

export type DiagramShape = DiagramCircle | DiagramRect | DiagramPath | DiagramText | DiagramGroup;

export interface DiagramShapes {
  readonly widthPx: number;
  readonly heightPx: number;
  /** Read by assistive technology when the SVG stands alone. */
  readonly title?: string;
  readonly children: readonly DiagramShape[];
}

/** The parts a caller can find by their `data-part`. */
export const DIAGRAM_PARTS = {
  board: 'board',
  trail: 'trail',
  ghost: 'ghost',
  figure: 'figure',
  label: 'label',
  turnGrip: 'turn-grip',
} as const;
