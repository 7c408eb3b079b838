import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from './csv';

describe('CSV', () => {
  it('writes headers, column ids and cells, and reads them back, quotes and all', () => {
    const text = toCsv({
      name: 'x',
      headers: ['Figur', 'Avstand, m'],
      columnIds: ['figure', 'distance_m'],
      rows: [
        ['Mor "Kari"', 1.25],
        ['Line\nbreak', null],
      ],
    });
    expect(text.startsWith('\ufeffFigur,"Avstand, m"\r\nfigure,distance_m\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual([
      ['Figur', 'Avstand, m'],
      ['figure', 'distance_m'],
      ['Mor "Kari"', '1.25'],
      ['Line\nbreak', ''],
    ]);
  });
});
