import type { Locator } from '@playwright/test';
import { PNG } from 'pngjs';

export interface PixelSummary {
  /** Share of pixels that differ clearly from the most common colour. */
  readonly variedShare: number;
  /** Distinct colours after rounding each channel to 16 levels. */
  readonly distinctColours: number;
  /** Mean brightness, 0 (black) to 255 (white). */
  readonly meanBrightness: number;
}

/** Reads the canvas's pixels back (as the screen shows them) and sums them up. */
export async function summarisePixels(canvas: Locator): Promise<PixelSummary> {
  const png = PNG.sync.read(await canvas.screenshot());
  const counts = new Map<number, number>();
  let brightness = 0;
  const pixels = png.width * png.height;
  for (let i = 0; i < png.data.length; i += 4) {
    const r = png.data[i] ?? 0;
    const g = png.data[i + 1] ?? 0;
    const b = png.data[i + 2] ?? 0;
    brightness += (r + g + b) / 3;
    const key = ((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const mostCommon = Math.max(...counts.values());
  return { variedShare: 1 - mostCommon / pixels, distinctColours: counts.size, meanBrightness: brightness / pixels };
}

/** Counts pixels near a colour, to find a figure of a known colour on screen. */
export async function countPixelsNear(canvas: Locator, hex: string, tolerance = 40): Promise<number> {
  const png = PNG.sync.read(await canvas.screenshot());
  const target = [1, 3, 5].map((offset) => Number.parseInt(hex.slice(offset, offset + 2), 16));
  let count = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const distance =
      Math.abs((png.data[i] ?? 0) - (target[0] ?? 0)) +
      Math.abs((png.data[i + 1] ?? 0) - (target[1] ?? 0)) +
      Math.abs((png.data[i + 2] ?? 0) - (target[2] ?? 0));
    if (distance <= tolerance) count += 1;
  }
  return count;
}

/** The colour (as #rrggbb) at a point of the canvas, in the canvas's own CSS pixels. */
export async function colourAt(canvas: Locator, x: number, y: number): Promise<string> {
  const png = PNG.sync.read(await canvas.screenshot());
  const box = await canvas.boundingBox();
  const scale = box ? png.width / box.width : 1;
  const index = (Math.round(y * scale) * png.width + Math.round(x * scale)) * 4;
  const hex = (value: number | undefined) => (value ?? 0).toString(16).padStart(2, '0');
  return `#${hex(png.data[index])}${hex(png.data[index + 1])}${hex(png.data[index + 2])}`;
}

/** Mean brightness (0–255, as a greyscale picture) of a small square around each point, in page coordinates. */
export async function brightnessAround(canvas: Locator, points: readonly { x: number; y: number }[], halfSizePx = 3): Promise<number[]> {
  const png = PNG.sync.read(await canvas.screenshot());
  const box = await canvas.boundingBox();
  if (!box) throw new Error('the room canvas is not on screen');
  const scale = png.width / box.width;
  return points.map((point) => {
    let sum = 0;
    let count = 0;
    for (let dy = -halfSizePx; dy <= halfSizePx; dy += 1) {
      for (let dx = -halfSizePx; dx <= halfSizePx; dx += 1) {
        const x = Math.round((point.x - box.x + dx) * scale);
        const y = Math.round((point.y - box.y + dy) * scale);
        const index = (y * png.width + x) * 4;
        sum += 0.299 * (png.data[index] ?? 0) + 0.587 * (png.data[index + 1] ?? 0) + 0.114 * (png.data[index + 2] ?? 0);
        count += 1;
      }
    }
    return sum / count;
  });
}
