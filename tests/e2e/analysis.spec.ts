import { readFile } from 'node:fs/promises';
import { distanceByPhase } from '../../src/domain/analysis/distanceByPhase';
import { distanceOverTime } from '../../src/domain/analysis/distanceOverTime';
import { phaseSpans } from '../../src/domain/analysis/phaseSpans';
import { englishDemoTexts } from '../../src/domain/format/testSessions';
import { createDemoSession } from '../../src/demo/createDemoSession';
import { indexRecording } from '../../src/domain/replay/recordingIndex';
import { parseCsv } from '../../src/ui/analysis/csv';
import { expect, test } from './fixtures';

/** The demo's recording, made here as the app makes it, to check the panel's numbers against. */
function demoDistances() {
  const demo = createDemoSession(englishDemoTexts());
  const index = indexRecording(demo.recording);
  const me = index.order.find((id) => demo.recording.initialRoom.figures[id]?.kind === 'client');
  const first = index.order.find((id) => demo.recording.initialRoom.figures[id]?.kind === 'element');
  if (!me || !first) throw new Error('the demo has no client or element');
  return distanceByPhase(distanceOverTime(index, me, first), phaseSpans(index));
}

test('the demo’s analysis: numbers from the recording, seeking by the chart, a CSV read back', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Replay session with Demo client' }).click();
  await page.getByRole('button', { name: 'Movement analysis' }).click();
  const dialog = page.getByRole('dialog', { name: 'Movement analysis' });
  await expect(dialog.getByRole('heading', { name: 'Distance between Me and I' })).toBeVisible();

  const expected = demoDistances();
  const wordless = expected.find((row) => row.span.phase === 2);
  const table = dialog.getByRole('table', { name: 'Distance between Me and I in each phase, in metres' });
  const row = table.getByRole('row', { name: /Wordless phase/ });
  await expect(row.getByRole('cell').nth(1)).toHaveText(`${(wordless?.atStart ?? 0).toFixed(2)} m`);
  await expect(row.getByRole('cell').nth(2)).toHaveText(`${(wordless?.atEnd ?? 0).toFixed(2)} m`);

  // A click at the middle of the chart takes the playhead to the middle of the session.
  const slider = page.getByRole('slider', { name: 'Time' });
  const duration = Number(await slider.getAttribute('max'));
  const chart = dialog.getByRole('img', { name: /Chart of the distance between Me and I/ });
  const box = await chart.boundingBox();
  if (!box) throw new Error('no chart');
  // The plot runs from 44 to 628 of the chart's 640 units.
  await chart.click({ position: { x: box.width * ((44 + 628) / 2 / 640), y: box.height / 2 } });
  await expect.poll(async () => Math.abs(Number(await slider.inputValue()) - duration / 2)).toBeLessThan(duration * 0.02);

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save the phases as CSV' }).click();
  const file = await (await download).path();
  const rows = parseCsv(await readFile(file, 'utf8'));
  expect(rows[0]?.[1]).toBe('Phase');
  expect(rows[1]).toEqual(['phase_number', 'phase', 'start_ms', 'end_ms', 'at_start_m', 'at_end_m', 'smallest_m', 'largest_m']);
  const csvWordless = rows.find((cells) => cells[0] === '3');
  expect(Number(csvWordless?.[5])).toBeCloseTo(wordless?.atEnd ?? -1, 3);
  expect(rows).toHaveLength(2 + expected.length);
});

test('a journey of three sessions of one client, and a session opened from it', async ({ page }) => {
  await page.goto('/');
  const list = page.getByRole('list', { name: 'Sessions on this device' });
  await expect(list.getByText('Demo client')).toHaveCount(1);
  for (const count of [2, 3]) {
    await page.getByRole('button', { name: 'Duplicate session with Demo client' }).first().click();
    await expect(list.getByText('Demo client')).toHaveCount(count);
  }
  await page.getByRole('button', { name: 'Journey of Demo client' }).click();
  const dialog = page.getByRole('dialog', { name: 'Journey of Demo client' });
  await expect(dialog.getByRole('img', { name: /^The room from above/ })).toHaveCount(3);
  // The same words, the same distance at the end of each session: the demo's last picture three times.
  const row = dialog.getByRole('row', { name: /^feel safe/ });
  const cells = row.getByRole('cell');
  await expect(cells).toHaveCount(3);
  const first = await cells.first().textContent();
  expect(first).toMatch(/^\d+\.\d\d m$/);
  await expect(cells).toHaveText([first ?? '', first ?? '', first ?? '']);
  // At the end of phase 1 the pictures show the room as it then stood.
  await dialog.getByLabel('Moment').selectOption({ label: 'End of phase 1' });
  await expect(dialog.getByRole('img', { name: /^The room from above/ })).toHaveCount(3);
  await dialog.getByRole('button', { name: 'Open this session' }).nth(1).click();
  await expect(page).toHaveURL(/#\/session\/[^/]+\/replay$/);
  await expect(page.getByRole('slider', { name: 'Time' })).toBeVisible();
});
