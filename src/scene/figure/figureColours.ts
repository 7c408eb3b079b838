import { Color } from 'three';

const MUTE = new Color('#a39d95');

/** A figure that stands for someone who has died keeps its colour, quieter. */
export function mutedColour(hex: string): string {
  return `#${new Color(hex).lerp(MUTE, 0.55).getHexString()}`;
}
