import type { DrawingColour } from '../../domain/drawing/drawing';

/** The inks as the pad shows them: dark enough to read on paper, none of them an alarm red. */
export const INK_HEX: Readonly<Record<DrawingColour, string>> = {
  charcoal: '#3b3732',
  slate: '#4f6a7c',
  sage: '#6d8a67',
  clay: '#a4664f',
  ochre: '#b98a2e',
  plum: '#765a78',
};

/** The pad's own space: every drawing made here is this size, whatever size the pad shows at. */
export const PAD_WIDTH_PX = 800;
export const PAD_HEIGHT_PX = 500;

/** The names of the three widths, in the order of STROKE_WIDTHS_PX. */
export const WIDTH_NAMES = ['thin', 'medium', 'thick'] as const;
