import * as v from 'valibot';
import type { Session } from '../model/session';
import type { EpochMillis } from '../model/units';
import type { Recording } from '../recording/recording';
import { CURRENT_FILE_VERSION, migrateToCurrent } from './migrations';
import { SessionSchema, toSession } from './sessionSchema';

/**
 * The session file: one session, or a backup of the whole library, in a versioned envelope
 * (docs/session-file.md, docs/session-file.schema.json). Writing is plain JSON; reading accepts
 * any text and never throws: it parses, refuses what could harm the app, migrates an older
 * version, and checks every field with the same schemas that guard storage.
 */

export const SESSION_FILE_FORMAT = 'resonans-session';
export const BACKUP_FILE_FORMAT = 'resonans-backup';
/** What Resonans writes in `app`; other programs write their own name. */
export const APP_NAME = 'Resonans';
/** 100 MB of text: about 14 recorded hours as Resonans writes them (7 MB an hour); a longer text is refused before it is parsed. */
export const MAX_FILE_TEXT_LENGTH = 100 * 1024 * 1024;
/** Keys that could reach an object's prototype: a file holding one anywhere is refused. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export type ImportProblemCode = 'not-json' | 'not-a-session-file' | 'newer-version' | 'invalid';

export interface ImportProblem {
  readonly code: ImportProblemCode;
  /** The field's path and what is wrong with it, in plain English. */
  readonly detail: string;
}

export type ImportResult =
  | { readonly ok: true; readonly kind: 'session'; readonly session: Session; readonly pseudonymised: boolean }
  | { readonly ok: true; readonly kind: 'backup'; readonly sessions: Session[] }
  | { readonly ok: false; readonly problem: ImportProblem };

const exportedAt = v.pipe(v.number(), v.finite(), v.minValue(0));
const app = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
const version = v.literal(CURRENT_FILE_VERSION);

/** The envelope of one session, at the current version. */
export const SessionFileSchema = v.object({
  format: v.literal(SESSION_FILE_FORMAT),
  version,
  exportedAt,
  app,
  pseudonymised: v.optional(v.boolean(), false),
  session: SessionSchema,
});

/** The envelope of a backup of the whole library, at the current version. */
export const BackupFileSchema = v.object({
  format: v.literal(BACKUP_FILE_FORMAT),
  version,
  exportedAt,
  app,
  sessions: v.array(SessionSchema),
});

export const FileSchema = v.variant('format', [SessionFileSchema, BackupFileSchema]);

/** Only the session's own fields are written, whatever else the object carries. */
const sessionFields = (session: Session): Session => ({ info: session.info, room: session.room, recording: session.recording });

/** One session as the text of a file, pretty-printed with two spaces. */
export function sessionFileText(session: Session, exportedAtMs: EpochMillis, options: { pseudonymised?: boolean } = {}): string {
  const file = {
    format: SESSION_FILE_FORMAT,
    version: CURRENT_FILE_VERSION,
    exportedAt: exportedAtMs,
    app: APP_NAME,
    pseudonymised: options.pseudonymised ?? false,
    session: sessionFields(session),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Every session of the library as the text of one backup file, pretty-printed with two spaces. */
export function backupFileText(sessions: readonly Session[], exportedAtMs: EpochMillis): string {
  const file = {
    format: BACKUP_FILE_FORMAT,
    version: CURRENT_FILE_VERSION,
    exportedAt: exportedAtMs,
    app: APP_NAME,
    sessions: sessions.map(sessionFields),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Every figure an event names must stand in the initial room or have been added by an earlier
 * `figureAdded`. Returns the first event that breaks this, as `path: what is wrong`.
 */
export function figureReferenceProblem(recording: Recording): string | null {
  const known = new Set<string>(recording.initialRoom.order);
  const unknown = (id: string, path: string) =>
    `recording.events.${path}: the figure "${clip(id)}" is not in the initial room and no earlier figureAdded event brings it in`;
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
        if (!known.has(event.figureId)) return unknown(event.figureId, `${index}.figureId`);
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
  try {
    return read(text);
  } catch (error) {
    // Nothing above is expected to throw; this keeps the promise if an engine runs out of memory or stack.
    return fail('invalid', `the file could not be read: ${clip(error instanceof Error ? error.message : String(error))}`);
  }
}

function read(text: unknown): ImportResult {
  if (typeof text !== 'string') return fail('not-json', 'the file holds no text');
  if (text.length > MAX_FILE_TEXT_LENGTH) {
    return fail('invalid', `the file is too large: ${megabytes(text.length)} MB of text, and Resonans reads files of at most 100 MB`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    if (text.trim() === '') return fail('not-json', 'the file is empty');
    const reason = error instanceof Error ? error.message : String(error);
    return fail('not-json', `the file is not valid JSON; it may be cut off or damaged (${clip(reason, 200)})`);
  }
  if (!isRecord(doc)) return fail('not-a-session-file', `the file holds ${kindOf(doc)}, not a Resonans session file`);
  if (doc.format !== SESSION_FILE_FORMAT && doc.format !== BACKUP_FILE_FORMAT) {
    const found = doc.format === undefined ? 'has no format' : `has the format ${clip(JSON.stringify(doc.format))}`;
    return fail('not-a-session-file', `format: the file ${found}; a Resonans file has "${SESSION_FILE_FORMAT}" or "${BACKUP_FILE_FORMAT}"`);
  }
  const forbidden = forbiddenKeyPath(doc);
  if (forbidden) return fail('invalid', `${forbidden}: a key named "${forbiddenKeyName(forbidden)}" is not allowed in a Resonans file`);
  const fileVersion = doc.version;
  if (typeof fileVersion !== 'number' || !Number.isSafeInteger(fileVersion) || fileVersion < 0) {
    return fail('invalid', `version: must be a whole number from 0, but is ${fileVersion === undefined ? 'missing' : clip(JSON.stringify(fileVersion))}`);
  }
  if (fileVersion > CURRENT_FILE_VERSION) {
    return fail(
      'newer-version',
      `version: the file has version ${fileVersion}, written by a newer Resonans; this Resonans reads versions up to ${CURRENT_FILE_VERSION}. Update Resonans to open it.`,
    );
  }
  const migrated = migrateToCurrent({ ...doc, version: fileVersion });
  if (!migrated.ok) return fail('invalid', `version: the file has version ${fileVersion}, which cannot be read: ${migrated.problem}`);
  const parsed = v.safeParse(FileSchema, migrated.doc, { abortEarly: true });
  if (!parsed.success) return fail('invalid', describeIssue(parsed.issues[0]));
  const file = parsed.output;
  if (file.format === SESSION_FILE_FORMAT) {
    const session = toSession(file.session);
    const problem = figureReferenceProblem(session.recording);
    if (problem) return fail('invalid', `session.${problem}`);
    return { ok: true, kind: 'session', session, pseudonymised: file.pseudonymised };
  }
  const sessions = file.sessions.map(toSession);
  const firstIndexOf = new Map<string, number>();
  for (const [index, session] of sessions.entries()) {
    const problem = figureReferenceProblem(session.recording);
    if (problem) return fail('invalid', `sessions.${index}.${problem}`);
    const earlier = firstIndexOf.get(session.info.id);
    if (earlier !== undefined) return fail('invalid', `sessions.${index}.info.id: the id "${clip(session.info.id)}" is already used by sessions.${earlier}`);
    firstIndexOf.set(session.info.id, index);
  }
  return { ok: true, kind: 'backup', sessions };
}

const fail = (code: ImportProblemCode, detail: string): ImportResult => ({ ok: false, problem: { code, detail } });

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list (a JSON array)';
  if (typeof value === 'string') return 'a single text';
  if (typeof value === 'number') return 'a single number';
  if (typeof value === 'boolean') return `the single value ${String(value)}`;
  return 'no object';
}

function clip(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

const megabytes = (length: number) => (length / (1024 * 1024)).toFixed(1);

interface Visit {
  readonly value: unknown;
  readonly key: string | number | null;
  readonly parent: Visit | null;
}

const pathOf = (visit: Visit): string => {
  const keys: (string | number)[] = [];
  for (let at: Visit | null = visit; at && at.key !== null; at = at.parent) keys.push(at.key);
  return keys.reverse().join('.');
};

/** The path of the first key that could reach a prototype, anywhere in the document; walked without recursion, so any depth is safe. */
function forbiddenKeyPath(doc: unknown): string | null {
  const stack: Visit[] = [{ value: doc, key: null, parent: null }];
  for (let visit = stack.pop(); visit; visit = stack.pop()) {
    const { value } = visit;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i -= 1) stack.push({ value: value[i], key: i, parent: visit });
    } else if (isRecord(value)) {
      for (const key of Object.keys(value)) {
        if (FORBIDDEN_KEYS.has(key)) return pathOf({ value: null, key, parent: visit });
        stack.push({ value: value[key], key, parent: visit });
      }
    }
  }
  return null;
}

const forbiddenKeyName = (path: string) => path.slice(path.lastIndexOf('.') + 1);

const TYPE_NAMES: Readonly<Record<string, string>> = {
  number: 'a number',
  string: 'a text (a JSON string)',
  boolean: 'true or false',
  object: 'an object',
  record: 'an object',
  array: 'a list (a JSON array)',
};

/** `path: what is wrong`, in plain English, for the first problem valibot found. */
function describeIssue(issue: v.BaseIssue<unknown> | undefined): string {
  if (!issue) return 'the file is not a valid Resonans file';
  const path = v.getDotPath(issue) || 'file';
  return `${path}: ${plainProblem(issue)}`;
}

function plainProblem(issue: v.BaseIssue<unknown>): string {
  const received = clip(issue.received);
  // valibot writes a choice as `("a" | "b")`.
  const expected = clip((issue.expected ?? '').replace(/^\((.*)\)$/, '$1'), 300);
  const requirement = typeof issue.requirement === 'number' || typeof issue.requirement === 'string' ? String(issue.requirement) : '';
  const units = typeof issue.input === 'string' ? 'characters' : 'items';
  if (issue.kind === 'schema' && issue.input === undefined) return 'is missing';
  switch (issue.type) {
    case 'min_value':
      return `must be at least ${requirement}, but is ${received}`;
    case 'max_value':
      return `must be at most ${requirement}, but is ${received}`;
    case 'min_length':
      return requirement === '1' ? 'must not be empty' : `must have at least ${requirement} ${units}, but has ${received}`;
    case 'max_length':
      return `is too long: at most ${requirement} ${units} are allowed, but it has ${received}`;
    case 'finite':
      return `must be a finite number, but is ${received}`;
    case 'integer':
      return `must be a whole number, but is ${received}`;
    case 'literal':
      return `must be ${expected}, but is ${received}`;
    case 'picklist':
    case 'variant':
      return `must be one of ${expected}, but is ${received}`;
    case 'check':
      return `${issue.message}${timeOrderDetail(issue.input)}`;
    default: {
      const name = TYPE_NAMES[issue.type];
      return name ? `must be ${name}, but is ${received}` : issue.message;
    }
  }
}

/** Where a list of events first goes back in time, if the input is one. */
function timeOrderDetail(input: unknown): string {
  if (!Array.isArray(input)) return '';
  let previous = -Infinity;
  for (const [index, event] of input.entries()) {
    const t: unknown = isRecord(event) ? event.t : undefined;
    if (typeof t !== 'number') return '';
    if (t < previous) return `: event ${index} has t = ${t}, earlier than the event before it (t = ${previous})`;
    previous = t;
  }
  return '';
}
