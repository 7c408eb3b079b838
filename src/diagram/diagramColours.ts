/**
 * The room's colours for a flat picture, matching the 3D room's: the warm floor, the rug, the
 * board and its darker edge; marks and trails in the figure's own colour darkened toward ink.
 */
export const DIAGRAM_COLOURS = {
  floor: '#d8cbb5',
  rug: '#e6dac6',
  board: '#efe2c8',
  boardEdge: '#8c6d4c',
  ink: '#2f261e',
  nose: '#4a4038',
  skin: '#efe3d0',
  highlight: '#d9a441',
  overlap: '#5f5a7a',
  labelFill: '#fbf6ec',
  labelStroke: '#5a4b3c',
  labelText: '#2f2a24',
  mourning: '#4a4038',
} as const;

const MUTE = '#a39d95';
const TRAIL_INK = '#3b3128';

function channels(hex: string): [number, number, number] {
  const value = /^#?([0-9a-f]{6})$/i.exec(hex)?.[1] ?? '000000';
  return [0, 2, 4].map((at) => parseInt(value.slice(at, at + 2), 16)) as [number, number, number];
}

/** A colour `fraction` of the way from one to another (0 gives the first). */
export function mixColours(from: string, to: string, fraction: number): string {
  const a = channels(from);
  const b = channels(to);
  return `#${a
    .map((channel, i) =>
      Math.round(channel + ((b[i] ?? 0) - channel) * fraction)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** The gaze wedge and the notch: the figure's colour nearly ink, so it belongs to it and reads in grey. */
export const markColour = (hex: string) => mixColours(hex, DIAGRAM_COLOURS.ink, 0.62);
/** Someone who has died keeps their colour, quieter. */
export const mutedColour = (hex: string) => mixColours(hex, MUTE, 0.55);
/** A trail reads on the light board in the figure's colour, darkened. */
export const trailColour = (hex: string) => mixColours(hex, TRAIL_INK, 0.45);
