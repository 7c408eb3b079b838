import * as v from 'valibot';
import type { Session } from '../model/session';
import type { EpochMillis } from '../model/units';
import type { Recording } from '../recording/recording';
import { epochTimeSchema } from './fieldSchemas';
import { createFileAssembler } from './fileAssembler';
import { createScanner, ScanProblem } from './jsonScanner';
import { CURRENT_FILE_VERSION } from './migrations';
import { SessionSchema } from './sessionSchema';

/**
 * The session file: one session, or a backup of the whole library, in a versioned envelope
 * (docs/session-file.md, docs/session-file.schema.json). Writing is compact JSON (the app then
 * compresses it, see resonansFile.ts); reading accepts any text and never throws: it parses,
 * refuses what could harm the app, migrates an older version, and checks every field with the
 * same strict schemas that guard storage.
 */

export const SESSION_FILE_FORMAT = 'resonans-session';
export const BACKUP_FILE_FORMAT = 'resonans-backup';
/** What Resonans writes in `app`; other programs write their own name. */
export const APP_NAME = 'Resonans';
/**
 * The longest single part of a file (one session, or the envelope of a one-session file) read
 * into one string: 256 Mi characters, about 60 recorded hours in one session, and half of what
 * Chromium allows in one string. A backup is read session by session, so it has no limit.
 */
export const MAX_PIECE_CHARS = 256 * 1024 * 1024;

export type ImportProblemCode =
  'not-json' | 'not-a-session-file' | 'newer-version' | 'invalid' | 'damaged' | 'too-large' | 'needs-passphrase' | 'wrong-passphrase';

export interface ImportProblem {
  readonly code: ImportProblemCode;
  /** The field's path and what is wrong with it, in plain English. */
  readonly detail: string;
}

/** A session of a backup that could not be read; the others are imported. */
export interface SkippedSession {
  /** Its place in the backup's `sessions`, from 0. */
  readonly index: number;
  /** The client's pseudonym, if the session got far enough to say it. */
  readonly client: string | null;
  readonly detail: string;
}

export type ImportResult =
  | { readonly ok: true; readonly kind: 'session'; readonly session: Session; readonly pseudonymised: boolean }
  | { readonly ok: true; readonly kind: 'backup'; readonly sessions: Session[]; readonly skipped: readonly SkippedSession[] }
  | { readonly ok: false; readonly problem: ImportProblem };

const app = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
const version = v.literal(CURRENT_FILE_VERSION);

/** The envelope of one session, at the current version. */
export const SessionFileSchema = v.strictObject({
  format: v.literal(SESSION_FILE_FORMAT),
  version,
  exportedAt: epochTimeSchema,
  app,
  pseudonymised: v.optional(v.boolean(), false),
  session: SessionSchema,
});

/** The envelope of a backup of the whole library, at the current version. */
export const BackupFileSchema = v.strictObject({
  format: v.literal(BACKUP_FILE_FORMAT),
  version,
  exportedAt: epochTimeSchema,
  app,
  sessions: v.array(SessionSchema),
});

/** A backup's envelope without its sessions, which are checked one by one. */
export const BackupEnvelopeSchema = v.strictObject({ ...BackupFileSchema.entries, sessions: v.array(v.unknown()) });

export const FileSchema = v.variant('format', [SessionFileSchema, BackupFileSchema]);

/** Only the session's own fields are written, whatever else the object carries. */
const sessionFields = (session: Session): Session => ({ info: session.info, room: session.room, recording: session.recording });

/** One session as the text of a file: compact JSON, no spaces, no final newline. */
export function sessionFileText(session: Session, exportedAtMs: EpochMillis, options: { pseudonymised?: boolean } = {}): string {
  return JSON.stringify({
    format: SESSION_FILE_FORMAT,
    version: CURRENT_FILE_VERSION,
    exportedAt: exportedAtMs,
    app: APP_NAME,
    pseudonymised: options.pseudonymised ?? false,
    session: sessionFields(session),
  });
}

/**
 * A backup as a run of texts that join to one compact JSON document, one session at a time, so
 * a library larger than any one string can be written (and the sessions loaded one by one).
 */
export async function* backupFileParts(sessions: AsyncIterable<Session> | Iterable<Session>, exportedAtMs: EpochMillis): AsyncGenerator<string> {
  const head = { format: BACKUP_FILE_FORMAT, version: CURRENT_FILE_VERSION, exportedAt: exportedAtMs, app: APP_NAME };
  yield `${JSON.stringify(head).slice(0, -1)},"sessions":[`;
  let first = true;
  for await (const session of sessions) {
    yield `${first ? '' : ','}${JSON.stringify(sessionFields(session))}`;
    first = false;
  }
  yield ']}';
}

/** Every session of the library as the text of one backup file, compact. */
export function backupFileText(sessions: readonly Session[], exportedAtMs: EpochMillis): string {
  return JSON.stringify({
    format: BACKUP_FILE_FORMAT,
    version: CURRENT_FILE_VERSION,
    exportedAt: exportedAtMs,
    app: APP_NAME,
    sessions: sessions.map(sessionFields),
  });
}

/**
 * Every figure an event names must stand in the initial room or have been added by an earlier
 * `figureAdded`. Returns the first event that breaks this, as `path: what is wrong`.
 */
export function figureReferenceProblem(recording: Recording): string | null {
  const known = new Set<string>(recording.initialRoom.order);
  const unknown = (id: string, path: string) =>
    `recording.events.${path}: the figure "${id.slice(0, 80)}" is not in the initial room and no earlier figureAdded event brings it in`;
  for (const [index, event] of recording.events.entries()) {
    switch (event.type) {
      case 'figureAdded':
        known.add(event.figureId);
        break;
      case 'pose':
      case 'figureRemoved':
      case 'figureChanged':
      case 'expression':
      case 'statement':
      case 'mover':
      case 'leavingRole':
        if (!known.has(event.figureId)) return unknown(event.figureId, `${index}.figureId`);
        break;
      case 'resonance':
        if (event.figureId !== null && !known.has(event.figureId)) return unknown(event.figureId, `${index}.figureId`);
        break;
      case 'sharingOrder':
        for (const [position, id] of event.figureIds.entries()) {
          if (!known.has(id)) return unknown(id, `${index}.figureIds.${position}`);
        }
        break;
      default:
        break;
    }
  }
  return null;
}

/** Reads the text of a session or backup file. Never throws, whatever the text. */
export function readSessionFile(text: string): ImportResult {
  return readTextChunks([text]);
}

/** Reads a file's text given in parts (as a stream delivers it). Never throws. */
export function readTextChunks(chunks: Iterable<string>): ImportResult {
  const reader = createTextReader();
  for (const chunk of chunks) {
    const early = reader.push(chunk);
    if (early) return early;
  }
  return reader.end();
}

export interface TextReader {
  /** A refusal as soon as one is certain, or null to go on. */
  push(chunk: string): ImportResult | null;
  end(): ImportResult;
}

/** Reads a file's text part by part, refusing as early as it can; never throws. */
export function createTextReader(): TextReader {
  const scanner = createScanner({ listKey: 'sessions', maxPieceChars: MAX_PIECE_CHARS });
  const assembler = createFileAssembler();
  let sawText = false;
  let first = '';
  /** Hands the pieces found so far to the assembler; its refusal, if it has one. */
  const feed = (): ImportResult | null => {
    for (const piece of scanner.take()) {
      const early = assembler.add(piece);
      if (early) return early;
    }
    return null;
  };
  const guard = (work: () => void, after: () => ImportResult | null): ImportResult | null => {
    try {
      work();
    } catch (error) {
      // What came before the problem may say what the file is (a Resonans file cut off is damaged).
      const known = attemptFeed(feed);
      return known ?? refusal(error, assembler.isResonans(), sawText ? first : '');
    }
    return feed() ?? after();
  };
  return {
    push(chunk) {
      if (!sawText && chunk.trim() !== '') {
        sawText = true;
        first = chunk.slice(0, 1000);
      }
      return guard(
        () => scanner.push(chunk),
        () => null,
      );
    },
    end() {
      if (!sawText) return fail('not-json', 'the file is empty');
      return guard(() => scanner.end(), assembler.finish) ?? fail('invalid', 'the file could not be read');
    },
  };
}

function attemptFeed(feed: () => ImportResult | null): ImportResult | null {
  try {
    return feed();
  } catch {
    return null;
  }
}

export const fail = (code: ImportProblemCode, detail: string): Extract<ImportResult, { ok: false }> => ({ ok: false, problem: { code, detail } });

/** What a failure while reading means: a damaged Resonans file, one too large, or no Resonans file at all. */
function refusal(error: unknown, isResonans: boolean, start: string): ImportResult {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof ScanProblem) {
    if (error.code === 'too-large') return fail('too-large', message);
    if (isResonans) return fail('damaged', message);
    return fail(start.trimStart().startsWith('{') ? 'not-json' : notObject(start), notObjectDetail(start) ?? message);
  }
  // An engine that runs out of memory says so with a RangeError (a string or array too long).
  if (error instanceof RangeError) return fail('too-large', `the file is larger than this device can read (${message.slice(0, 200)})`);
  return fail('invalid', `the file could not be read: ${message.slice(0, 200)}`);
}

/** A small JSON value that is not an object is JSON, just not a Resonans file. */
function notObject(start: string): ImportProblemCode {
  return notObjectDetail(start) ? 'not-a-session-file' : 'not-json';
}

function notObjectDetail(start: string): string | null {
  let value: unknown;
  try {
    value = JSON.parse(start);
  } catch {
    return null;
  }
  if (value === null) return 'the file holds null, not a Resonans session file';
  if (Array.isArray(value)) return 'the file holds a list (a JSON array), not a Resonans session file';
  if (typeof value === 'string') return 'the file holds a single text, not a Resonans session file';
  if (typeof value === 'number') return 'the file holds a single number, not a Resonans session file';
  if (typeof value === 'boolean') return `the file holds the single value ${String(value)}, not a Resonans session file`;
  return null;
}
