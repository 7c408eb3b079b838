/**
 * Splits the text of one JSON object, arriving in chunks, into its top-level fields, and the
 * elements of one list field (a backup's `sessions`) into separate pieces. A backup of hundreds
 * of recorded hours is larger than the longest string a browser can hold; split this way, no
 * piece is larger than one session, and each piece is checked by JSON.parse on its own.
 *
 * The scanner checks the grammar between pieces (braces, keys, colons, commas, nothing after
 * the end); JSON.parse checks each piece; together they accept exactly what JSON.parse would.
 */

export type Piece =
  | { readonly kind: 'field'; readonly key: string; readonly text: string }
  | { readonly kind: 'element'; readonly key: string; readonly index: number; readonly text: string };

export type ScanProblemCode = 'not-json' | 'too-large';

export class ScanProblem extends Error {
  constructor(
    readonly code: ScanProblemCode,
    message: string,
  ) {
    super(message);
  }
}

export interface ScannerOptions {
  /** The field whose list elements come as separate pieces. */
  readonly listKey: string;
  /** The longest piece, in characters, that is read into one string. */
  readonly maxPieceChars: number;
}

type Mode = 'start' | 'keyOrEnd' | 'key' | 'key-next' | 'colon' | 'value' | 'afterValue' | 'elementOrEnd' | 'element' | 'afterElement' | 'done';

const QUOTE = 34;
const BACKSLASH = 92;
const isSpace = (code: number) => code === 32 || code === 10 || code === 13 || code === 9;
const isDelimiter = (code: number) => isSpace(code) || code === 44 || code === 125 || code === 93; // , } ]

export interface Scanner {
  /** Scans a chunk; throws a ScanProblem where the text goes wrong. */
  push(chunk: string): void;
  /** Says the text has ended; throws a ScanProblem if it ended too early. */
  end(): void;
  /** The pieces found so far and not yet taken; also after a ScanProblem, so the caller knows what came before it. */
  take(): Piece[];
}

export function createScanner(options: ScannerOptions): Scanner {
  let mode: Mode = 'start';
  let key = '';
  let index = 0;
  const seen = new Set<string>();
  // The value being captured.
  let capturing: 'none' | 'string' | 'container' | 'primitive' = 'none';
  let depth = 0;
  let inString = false;
  let escaped = false;
  let parts: string[] = [];
  let length = 0;
  let consumed = 0;

  const fail = (detail: string): never => {
    throw new ScanProblem('not-json', `the file is not valid JSON; it may be cut off or damaged (${detail} at character ${consumed})`);
  };

  const finishKey = (raw: string) => {
    try {
      key = JSON.parse(`"${raw}"`) as string;
    } catch {
      fail('a field name is not a valid text');
    }
    if (seen.has(key)) {
      throw new ScanProblem('not-json', `${key}: the field appears twice in the file`);
    }
    seen.add(key);
  };

  const take = (chunk: string, from: number, to: number) => {
    if (to <= from) return;
    length += to - from;
    if (length > options.maxPieceChars) {
      throw new ScanProblem(
        'too-large',
        `${mode === 'element' ? `${key}.${index}` : key || 'file'}: one part of the file is larger than this device can read at once`,
      );
    }
    parts.push(chunk.slice(from, to));
  };

  const emit = (out: Piece[]) => {
    const text = parts.join('');
    parts = [];
    length = 0;
    capturing = 'none';
    if (mode === 'element') {
      out.push({ kind: 'element', key, index, text });
      index += 1;
      mode = 'afterElement';
    } else {
      out.push({ kind: 'field', key, text });
      mode = 'afterValue';
    }
  };

  /** Continues a capture from `i`; returns where the capture ended (exclusive) or -1 if it runs on. */
  const continueCapture = (chunk: string, i: number): number => {
    for (let at = i; at < chunk.length; at += 1) {
      const code = chunk.charCodeAt(at);
      if (capturing === 'primitive') {
        if (isDelimiter(code)) return at;
        continue;
      }
      if (inString) {
        if (escaped) escaped = false;
        else if (code === BACKSLASH) escaped = true;
        else if (code === QUOTE) {
          inString = false;
          if (capturing === 'string') return at + 1;
        }
        continue;
      }
      if (code === QUOTE) inString = true;
      else if (code === 123 || code === 91) depth += 1;
      else if (code === 125 || code === 93) {
        depth -= 1;
        if (depth === 0) return at + 1;
      }
    }
    return -1;
  };

  const startCapture = (code: number) => {
    parts = [];
    length = 0;
    depth = 0;
    escaped = false;
    inString = false;
    // The opening character is read again by continueCapture, which opens the string or the container.
    if (code === QUOTE) capturing = 'string';
    else if (code === 123 || code === 91) capturing = 'container';
    else if (code === 45 || (code >= 48 && code <= 57) || code === 116 || code === 102 || code === 110) {
      capturing = 'primitive';
    } else {
      fail(`unexpected "${String.fromCharCode(code)}"`);
    }
  };

  let keyParts: string[] = [];

  let out: Piece[] = [];

  function push(chunk: string): void {
    let i = 0;
    while (i < chunk.length) {
      if (capturing !== 'none') {
        const end = continueCapture(chunk, i);
        if (end === -1) {
          take(chunk, i, chunk.length);
          consumed += chunk.length - i;
          return;
        }
        take(chunk, i, end);
        consumed += end - i;
        i = end;
        emit(out);
        continue;
      }
      if (mode === 'key') {
        // A key: read up to its closing quote, minding escapes.
        let at = i;
        for (; at < chunk.length; at += 1) {
          const code = chunk.charCodeAt(at);
          if (escaped) escaped = false;
          else if (code === BACKSLASH) escaped = true;
          else if (code === QUOTE) break;
        }
        keyParts.push(chunk.slice(i, at));
        if (keyParts.reduce((sum, part) => sum + part.length, 0) > 1000) fail('a field name is too long');
        consumed += at - i;
        if (at === chunk.length) return;
        finishKey(keyParts.join(''));
        keyParts = [];
        mode = 'colon';
        i = at + 1;
        consumed += 1;
        continue;
      }
      const code = chunk.charCodeAt(i);
      if (isSpace(code) || (code === 0xfeff && consumed === 0)) {
        i += 1;
        consumed += 1;
        continue;
      }
      switch (mode) {
        case 'start':
          if (code !== 123) fail('the file does not start with "{"');
          mode = 'keyOrEnd';
          break;
        case 'keyOrEnd':
        case 'key-next':
          if (code === 125 && mode === 'keyOrEnd') mode = 'done';
          else if (code === QUOTE) {
            mode = 'key';
            escaped = false;
            keyParts = [];
          } else fail('a field name was expected');
          break;
        case 'colon':
          if (code !== 58) fail('":" was expected');
          mode = 'value';
          break;
        case 'value':
          if (key === options.listKey && code === 91) {
            // The list itself is a field (empty until its elements arrive one by one).
            out.push({ kind: 'field', key, text: '[]' });
            mode = 'elementOrEnd';
            index = 0;
            break;
          }
          startCapture(code);
          // The opening character belongs to the value.
          continue;
        case 'elementOrEnd':
        case 'element':
          if (code === 93 && mode === 'elementOrEnd') {
            mode = 'afterValue';
            break;
          }
          mode = 'element';
          startCapture(code);
          continue;
        case 'afterElement':
          if (code === 44) mode = 'element';
          else if (code === 93) mode = 'afterValue';
          else fail('"," or "]" was expected');
          break;
        case 'afterValue':
          if (code === 44) mode = 'key-next';
          else if (code === 125) mode = 'done';
          else fail('"," or "}" was expected');
          break;
        case 'done':
          fail('there is more after the end');
          break;
      }
      i += 1;
      consumed += 1;
    }
  }

  function end(): void {
    // A number at the very end of the text has no delimiter after it.
    if (capturing === 'primitive') emit(out);
    if (mode !== 'done') fail('the file ends too early');
  }

  function takePieces(): Piece[] {
    const pieces = out;
    out = [];
    return pieces;
  }

  return { push, end, take: takePieces };
}
