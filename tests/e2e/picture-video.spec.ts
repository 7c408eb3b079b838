import { readFile, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { expect, test, waitForIdleRoom } from './fixtures';
import { summarisePixels } from './pixels';

/** Saves through a dialog's button and returns the downloaded file. */
async function download(page: Page, save: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const downloading = page.waitForEvent('download');
  await save();
  const file = await downloading;
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

/** Share of pixels that differ clearly from the most common colour, and the number of distinct colours. */
function variety(png: PNG): { variedShare: number; colours: number } {
  const counts = new Map<number, number>();
  for (let i = 0; i < png.data.length; i += 4) {
    const key = (((png.data[i] ?? 0) >> 4) << 8) | (((png.data[i + 1] ?? 0) >> 4) << 4) | ((png.data[i + 2] ?? 0) >> 4);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return { variedShare: 1 - Math.max(...counts.values()) / (png.width * png.height), colours: counts.size };
}

test('a replayed session is saved as a picture and as a video of one phase', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Replay session with Demo client' }).click();
  await page.getByRole('combobox', { name: 'Phase at this moment' }).selectOption({ label: '4. Orientation phase' });
  await waitForIdleRoom(page);

  await page.getByRole('button', { name: 'More', exact: true }).click();
  await page.getByRole('button', { name: 'Save picture…' }).click();
  const pictureDialog = page.getByRole('dialog', { name: 'Save a picture of the room' });
  await pictureDialog.getByLabel('Size in pixels').selectOption('3840');
  const picture = await download(page, () => pictureDialog.getByRole('button', { name: 'Save' }).click());
  await expect(pictureDialog).toBeHidden();
  expect(picture.name).toMatch(/^resonans-picture-\d{4}-\d\d-\d\d-\w+\.png$/);
  const png = PNG.sync.read(picture.bytes);
  const canvasBox = (await page.locator('canvas').boundingBox())!;
  expect(png.width).toBe(3840);
  expect(png.height).toBe(Math.round((3840 * canvasBox.height) / canvasBox.width));
  const seen = variety(png);
  expect(seen.variedShare).toBeGreaterThan(0.2);
  expect(seen.colours).toBeGreaterThan(40);
  if (process.env.PICTURE_OUT) await writeFile(process.env.PICTURE_OUT, picture.bytes);

  // The orientation phase lasts from its start to the start of the next phase.
  const phase = page.getByRole('combobox', { name: 'Phase at this moment' });
  const slider = page.getByRole('slider', { name: 'Time' });
  const orientationStart = Number(await slider.inputValue());
  await phase.selectOption({ label: '5. The client shares the experience' });
  const orientationMs = Number(await slider.inputValue()) - orientationStart;

  await page.getByRole('button', { name: 'More', exact: true }).click();
  await page.getByRole('button', { name: 'Save video…' }).click();
  const videoDialog = page.getByRole('dialog', { name: 'Save a video of the replay' });
  await videoDialog.getByRole('radio', { name: 'Chosen phases' }).check();
  // The phase at the playhead is offered first; only the orientation phase is wanted.
  const phases = videoDialog.getByRole('group', { name: 'What to show' });
  await expect(phases.getByRole('checkbox', { checked: true })).toHaveAccessibleName('The client shares the experience');
  await phases.getByRole('checkbox', { name: 'The client shares the experience' }).uncheck();
  await phases.getByRole('checkbox', { name: 'Orientation phase' }).check();
  await videoDialog.getByRole('radio', { name: 'From above' }).check();
  await videoDialog.getByLabel('Speed').selectOption('8');
  const video = await download(page, () => videoDialog.getByRole('button', { name: 'Save' }).click());
  await expect(videoDialog).toBeHidden();
  // The room is back as it was: the playhead where it stood, the view in 3D, drawn at the screen's size.
  await expect(phase).toHaveValue('4');
  await waitForIdleRoom(page);
  expect((await summarisePixels(page.locator('canvas'))).distinctColours).toBeGreaterThan(40);
  expect(video.name).toMatch(/^resonans-video-\d{4}-\d\d-\d\d-\w+\.(webm|mp4)$/);
  if (process.env.VIDEO_OUT) await writeFile(process.env.VIDEO_OUT, video.bytes);

  // The browser decodes the file: its size, its length, and a frame from its middle that is not blank.
  // On a blank page: the app's own policy lets no page media in, and the app never plays one.
  const viewer = await page.context().newPage();
  const played = await viewer.evaluate(
    async ({ base64, type }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const element = document.createElement('video');
      element.muted = true;
      element.src = URL.createObjectURL(new Blob([bytes], { type }));
      await new Promise((resolve, reject) => {
        element.onloadeddata = resolve;
        element.onerror = () => reject(new Error('the video does not decode'));
      });
      const duration = element.duration;
      element.currentTime = duration / 2;
      await new Promise((resolve) => (element.onseeked = resolve));
      const canvas = document.createElement('canvas');
      canvas.width = element.videoWidth;
      canvas.height = element.videoHeight;
      const context = canvas.getContext('2d')!;
      context.drawImage(element, 0, 0);
      const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
      const colours = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 97) colours.add((((data[i] ?? 0) >> 4) << 8) | (((data[i + 1] ?? 0) >> 4) << 4) | ((data[i + 2] ?? 0) >> 4));
      return { width: element.videoWidth, height: element.videoHeight, duration, colours: colours.size, frame: canvas.toDataURL('image/png') };
    },
    { base64: video.bytes.toString('base64'), type: video.name.endsWith('.mp4') ? 'video/mp4' : 'video/webm' },
  );
  expect(played.width).toBe(1280);
  expect(played.height).toBe(720);
  // 12 frames a second at 8x: the length asked, to within one frame.
  expect(Math.abs(played.duration - orientationMs / 8 / 1000)).toBeLessThan(1 / 12 + 0.01);
  expect(played.colours).toBeGreaterThan(20);
  if (process.env.VIDEO_FRAME_OUT) await writeFile(process.env.VIDEO_FRAME_OUT, Buffer.from(played.frame.split(',')[1]!, 'base64'));
});
