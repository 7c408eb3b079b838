/** One table as it leaves the app: headers in the chosen language, column ids for programs, and the cells. */
export interface CsvTable {
  readonly name: string;
  readonly headers: readonly string[];
  readonly columnIds: readonly string[];
  readonly rows: readonly (readonly (string | number | null)[])[];
}

const cell = (value: string | number | null): string => {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : value;
  return /[",\n\r]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/**
 * RFC 4180 CSV: the first row the headers a person reads, the second the column ids a program
 * reads (docs/file-format.md). Numbers are written with a point, whatever the language. A byte
 * order mark lets spreadsheet programs read the letters æ, ø, å and ß right.
 */
export function toCsv(table: CsvTable): string {
  const lines = [table.headers, table.columnIds, ...table.rows].map((row) => row.map(cell).join(','));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/** Reads CSV written by toCsv (and any RFC 4180 file) back into rows of strings. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const source = text.startsWith('\ufeff') ? text.slice(1) : text;
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i];
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}
