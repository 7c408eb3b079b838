import { readFile, writeFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { expect, figureEntry, startSession, test } from './fixtures';

/** Every text of a PDF, page after page, as a reader's text extractor gets it. */
async function pdfText(bytes: Buffer): Promise<{ text: string; pages: number; widthPt: number }> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  const texts: string[] = [];
  for (let i = 1; i <= pdf.numPages; i += 1) {
    const content = await (await pdf.getPage(i)).getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  const [, , widthPt] = (await pdf.getPage(1)).view;
  return { text: texts.join('\n'), pages: pdf.numPages, widthPt: widthPt ?? 0 };
}

test('a recorded session is written as a PDF report holding the intention with its æøå and every phase reached', async ({ page }) => {
  const intention = 'Jeg vil kjenne trygghet og være nær sønnen min på gården';
  await startSession(page, { client: 'Åse', intention });
  const phases = page.getByRole('list', { name: 'Phases' }).getByRole('listitem');
  await page.getByRole('button', { name: 'Next phase' }).click();
  await figureEntry(page, 'trygghet').focus();
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowUp');
  await page.getByRole('textbox', { name: 'Note for this phase' }).fill('Klienten så lenge på elementet.');
  await page.getByRole('button', { name: 'Next phase' }).click();
  await expect(phases.nth(2)).toHaveAttribute('aria-current', 'step');
  const reached = (await phases.allInnerTexts()).slice(0, 3).map((text) => text.replace(/^\d+\.?\s*/, '').trim());

  await page.getByRole('button', { name: 'More', exact: true }).click();
  await page.getByRole('button', { name: 'Session report…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Session report' });
  await dialog.getByRole('radio', { name: 'Letter, as in North America' }).check();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save report' }).click();
  const file = await downloading;
  await expect(dialog).toBeHidden();
  expect(file.suggestedFilename()).toMatch(/^resonans-report-\d{4}-\d\d-\d\d-\w+\.pdf$/);

  const bytes = await readFile((await file.path())!);
  if (process.env.REPORT_OUT) await writeFile(process.env.REPORT_OUT, bytes);
  const report = await pdfText(bytes);
  expect(report.widthPt).toBeCloseTo(612, 0);
  expect(report.text.replace(/\s+/g, ' ')).toContain(intention);
  expect(report.text).toContain('Åse');
  expect(report.text).toContain('Klienten så lenge på elementet.');
  for (const name of reached) expect(report.text.replace(/\s+/g, ' ')).toContain(name);
});
