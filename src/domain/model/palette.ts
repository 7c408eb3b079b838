import type { FigureColour } from './figure';

/** Muted, warm colours that read on the light floor; none of them an alarm red. */
export const FIGURE_COLOUR_HEX: Readonly<Record<FigureColour, string>> = {
  sand: '#c9a877',
  sage: '#8fa58a',
  slate: '#5d7a8c',
  clay: '#b7806a',
  plum: '#8a6f8f',
  ochre: '#c8a24e',
  moss: '#6f7f4f',
  stone: '#9a9389',
  rose: '#c49a9c',
  sky: '#86a9c4',
};
