import * as v from 'valibot';
import type { Session } from '../model/session';
import { clip, describeIssue, isRecord, segment } from './describeIssue';
import type { Piece } from './jsonScanner';
import { CURRENT_FILE_VERSION, migrateToCurrent } from './migrations';
import {
  BACKUP_FILE_FORMAT,
  BackupEnvelopeSchema,
  fail,
  figureReferenceProblem,
  type ImportResult,
  SESSION_FILE_FORMAT,
  SessionFileSchema,
  type SkippedSession,
} from './sessionFile';
import { SessionSchema, toSession } from './sessionSchema';

/** How describeIssue names a problem of the whole value checked, not of one field. */
const WHOLE = 'file: ';

/** Keys that could reach an object's prototype: a file holding one anywhere is refused. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Builds what a file holds from the pieces the scanner finds: the envelope's fields, and a
 * backup's sessions one at a time, each checked, migrated and turned into a domain value as it
 * arrives, so that a bad session is named and skipped while the others are kept.
 */
export function createFileAssembler() {
  // Without a prototype, so no key in a file can reach one.
  const fields: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  const waiting: { index: number; text: string }[] = [];
  const sessions: Session[] = [];
  const skipped: SkippedSession[] = [];
  const firstIndexOf = new Map<string, number>();
  let version: number | null = null;

  const isResonans = () => fields.format === SESSION_FILE_FORMAT || fields.format === BACKUP_FILE_FORMAT;

  /** The envelope as far as it is known: a refusal, or null while it may still be fine. */
  const envelopeProblem = (): ImportResult | null => {
    if (!('format' in fields)) return null;
    if (!isResonans()) {
      return fail(
        'not-a-session-file',
        `format: the file has the format ${clip(JSON.stringify(fields.format))}; a Resonans file has "${SESSION_FILE_FORMAT}" or "${BACKUP_FILE_FORMAT}"`,
      );
    }
    if (!('version' in fields)) return null;
    const fileVersion = fields.version;
    if (typeof fileVersion !== 'number' || !Number.isSafeInteger(fileVersion) || fileVersion < 0) {
      return fail('invalid', `version: must be a whole number from 0, but is ${clip(JSON.stringify(fileVersion))}`);
    }
    if (fileVersion > CURRENT_FILE_VERSION) {
      return fail(
        'newer-version',
        `version: the file has version ${fileVersion}, written by a newer Resonans; this Resonans reads versions up to ${CURRENT_FILE_VERSION}. Update Resonans to open it.`,
      );
    }
    version = fileVersion;
    return null;
  };

  const skip = (index: number, doc: unknown, detail: string) => {
    const info = isRecord(doc) && isRecord(doc.info) ? doc.info : null;
    const client = info && typeof info.clientPseudonym === 'string' ? clip(info.clientPseudonym, 60) : null;
    // A problem of the whole session comes as `file: …`; one of a field, as its path within the session.
    const full = detail.startsWith(WHOLE) ? `sessions.${index}: ${detail.slice(WHOLE.length)}` : `sessions.${index}.${detail}`;
    skipped.push({ index, client, detail: full });
  };

  /** One session of a backup, from its text to a checked Session, or skipped with the reason. */
  const addSession = (index: number, text: string, fileVersion: number) => {
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch {
      return skip(index, null, `${WHOLE}the session is damaged: it is not valid JSON`);
    }
    const forbidden = forbiddenKeyPath(doc);
    if (forbidden) return skip(index, doc, `${forbidden}: a key named "${forbidden.slice(forbidden.lastIndexOf('.') + 1)}" is not allowed in a Resonans file`);
    // Migrations see a whole document; a backup holding only this session is one.
    const migrated = migrateToCurrent({ ...fields, version: fileVersion, sessions: [doc] });
    if (!migrated.ok) return skip(index, doc, `${WHOLE}the file's version ${fileVersion} cannot be read: ${migrated.problem}`);
    const list = migrated.doc.sessions;
    const current: unknown = Array.isArray(list) ? list[0] : undefined;
    const parsed = v.safeParse(SessionSchema, current, { abortEarly: true });
    if (!parsed.success) return skip(index, doc, describeIssue(parsed.issues[0]));
    const session = toSession(parsed.output);
    const problem = figureReferenceProblem(session.recording);
    if (problem) return skip(index, doc, problem);
    const earlier = firstIndexOf.get(session.info.id);
    if (earlier !== undefined) return skip(index, doc, `info.id: the id "${clip(session.info.id)}" is already used by sessions.${earlier}`);
    firstIndexOf.set(session.info.id, index);
    sessions.push(session);
  };

  const flushWaiting = (): ImportResult | null => {
    if (version === null || fields.format !== BACKUP_FILE_FORMAT) return null;
    for (const { index, text } of waiting.splice(0)) addSession(index, text, version);
    return null;
  };

  function add(piece: Piece): ImportResult | null {
    if (piece.kind === 'element') {
      if (version !== null && fields.format === BACKUP_FILE_FORMAT) addSession(piece.index, piece.text, version);
      // Another program may write the sessions before the version: they wait for it.
      else waiting.push({ index: piece.index, text: piece.text });
      return null;
    }
    let value: unknown;
    try {
      value = JSON.parse(piece.text);
    } catch {
      return fail(isResonans() ? 'damaged' : 'not-json', `${segment(piece.key)}: the value is not valid JSON; the file may be cut off or damaged`);
    }
    const forbidden = forbiddenKeyPath(value);
    if (forbidden)
      return fail(
        'invalid',
        `${segment(piece.key)}.${forbidden}: a key named "${forbidden.slice(forbidden.lastIndexOf('.') + 1)}" is not allowed in a Resonans file`,
      );
    if (FORBIDDEN_KEYS.has(piece.key)) return fail('invalid', `${piece.key}: a key named "${piece.key}" is not allowed in a Resonans file`);
    fields[piece.key] = value;
    return envelopeProblem() ?? flushWaiting();
  }

  function finish(): ImportResult {
    if (!('format' in fields)) {
      return fail('not-a-session-file', `format: the file has no format; a Resonans file has "${SESSION_FILE_FORMAT}" or "${BACKUP_FILE_FORMAT}"`);
    }
    const early = envelopeProblem();
    if (early) return early;
    if (version === null) return fail('invalid', 'version: must be a whole number from 0, but is missing');
    if (fields.format === SESSION_FILE_FORMAT) return finishSession(version);
    flushWaiting();
    const checked = v.safeParse(BackupEnvelopeSchema, { ...fields, version: CURRENT_FILE_VERSION }, { abortEarly: true });
    if (!checked.success) return fail('invalid', describeIssue(checked.issues[0]));
    const firstSkipped = skipped[0];
    if (sessions.length === 0 && firstSkipped) return fail('invalid', firstSkipped.detail);
    return { ok: true, kind: 'backup', sessions, skipped };
  }

  function finishSession(fileVersion: number): ImportResult {
    const migrated = migrateToCurrent({ ...fields, version: fileVersion });
    if (!migrated.ok) return fail('invalid', `version: the file has version ${fileVersion}, which cannot be read: ${migrated.problem}`);
    const parsed = v.safeParse(SessionFileSchema, migrated.doc, { abortEarly: true });
    if (!parsed.success) return fail('invalid', describeIssue(parsed.issues[0]));
    const session = toSession(parsed.output.session);
    const problem = figureReferenceProblem(session.recording);
    if (problem) return fail('invalid', `session.${problem}`);
    return { ok: true, kind: 'session', session, pseudonymised: parsed.output.pseudonymised };
  }

  return { add, finish, isResonans };
}

interface Visit {
  readonly value: unknown;
  readonly key: string | number | null;
  readonly parent: Visit | null;
}

const pathOf = (visit: Visit): string => {
  const keys: (string | number)[] = [];
  for (let at: Visit | null = visit; at && at.key !== null; at = at.parent) keys.push(at.key);
  return keys.reverse().map(segment).join('.');
};

/** Whether any key anywhere in the value could reach a prototype: the quick walk every session gets, keeping no paths. */
function hasForbiddenKey(doc: unknown): boolean {
  const stack: unknown[] = [doc];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      for (const item of value) if (typeof item === 'object' && item !== null) stack.push(item);
    } else if (isRecord(value)) {
      for (const key of Object.keys(value)) {
        if (FORBIDDEN_KEYS.has(key)) return true;
        const item = value[key];
        if (typeof item === 'object' && item !== null) stack.push(item);
      }
    }
  }
  return false;
}

/** The path of the first key that could reach a prototype, anywhere in the value; walked without recursion, so any depth is safe. */
function forbiddenKeyPath(doc: unknown): string | null {
  if (!hasForbiddenKey(doc)) return null;
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
