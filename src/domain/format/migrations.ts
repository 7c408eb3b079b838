import { VERSION_1_TO_2 } from './fileVersion2';

/**
 * Versions of the session file (docs/session-file.md). A file names its version; a reader brings
 * an older file up to the current version one step at a time before checking it, and refuses a
 * newer one. Each step is pure: it takes the whole document of version `from` and returns the
 * whole document of version `to`, and `down` undoes `up`, so a step can be tested both ways.
 *
 * Adding a version: raise CURRENT_FILE_VERSION, add `{ from, to, up, down }` to FILE_MIGRATIONS,
 * change the schemas to the new shape, and keep a file of the older version in the tests (as
 * fileVersion2.test.ts keeps a version-1 file).
 */

/** The version this build of Resonans writes, and the newest it reads. */
export const CURRENT_FILE_VERSION = 2;

export interface MigrationStep {
  readonly from: number;
  readonly to: number;
  /** The document of version `from` as a document of version `to`. Must not change its input. */
  up(doc: unknown): unknown;
  /** The document of version `to` as a document of version `from`. Must not change its input. */
  down(doc: unknown): unknown;
}

/** Every step between file versions, oldest first. Version 1 is the first version. */
export const FILE_MIGRATIONS: readonly MigrationStep[] = [VERSION_1_TO_2];

export type MigrationResult = { readonly ok: true; readonly doc: unknown } | { readonly ok: false; readonly problem: string };

const isVersion = (value: number) => Number.isSafeInteger(value) && value >= 0;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A document that is an object carries its version in `version`: a step need not set it. */
function stamp(doc: unknown, version: number): unknown {
  return isRecord(doc) ? { ...doc, version } : doc;
}

/** The steps must lead from one version to a higher one, and no two may start (or end) at the same version. */
function stepsProblem(steps: readonly MigrationStep[]): string | null {
  const froms = new Set<number>();
  const tos = new Set<number>();
  for (const step of steps) {
    if (!isVersion(step.from) || !isVersion(step.to) || step.to <= step.from)
      return `the migration from version ${step.from} to ${step.to} does not lead to a higher version`;
    if (froms.has(step.from)) return `two migrations start at version ${step.from}`;
    if (tos.has(step.to)) return `two migrations lead to version ${step.to}`;
    froms.add(step.from);
    tos.add(step.to);
  }
  return null;
}

/**
 * Brings a document of version `fromVersion` to version `toVersion` (the current one unless
 * given): up through the steps in order of version, or down through them in reverse. Refuses a
 * gap (no step from the version reached), a step that would jump past the target, and a step
 * that fails. Never throws.
 */
export function migrate(doc: unknown, fromVersion: number, steps: readonly MigrationStep[], toVersion: number = CURRENT_FILE_VERSION): MigrationResult {
  if (!isVersion(fromVersion)) return { ok: false, problem: `the version ${String(fromVersion)} is not a whole number from 0` };
  if (!isVersion(toVersion)) return { ok: false, problem: `the version ${String(toVersion)} is not a whole number from 0` };
  const invalid = stepsProblem(steps);
  if (invalid) return { ok: false, problem: invalid };
  let version = fromVersion;
  let current = doc;
  try {
    while (version < toVersion) {
      const step = steps.find((candidate) => candidate.from === version);
      if (!step) return { ok: false, problem: `there is no migration from file version ${version} to a newer one` };
      if (step.to > toVersion) return { ok: false, problem: `the migration from version ${step.from} leads past version ${toVersion}` };
      current = stamp(step.up(current), step.to);
      version = step.to;
    }
    while (version > toVersion) {
      const step = steps.find((candidate) => candidate.to === version);
      if (!step) return { ok: false, problem: `there is no migration from file version ${version} to an older one` };
      if (step.from < toVersion) return { ok: false, problem: `the migration back from version ${step.to} leads past version ${toVersion}` };
      current = stamp(step.down(current), step.from);
      version = step.from;
    }
  } catch (error) {
    return { ok: false, problem: `the migration from file version ${version} failed: ${error instanceof Error ? error.message : String(error)}` };
  }
  return { ok: true, doc: current };
}

/** Brings a file's document up to CURRENT_FILE_VERSION (used by readSessionFile). */
export function migrateToCurrent(
  doc: { version: number } & Record<string, unknown>,
  steps: readonly MigrationStep[] = FILE_MIGRATIONS,
): { readonly ok: true; readonly doc: Record<string, unknown> } | { readonly ok: false; readonly problem: string } {
  if (doc.version > CURRENT_FILE_VERSION)
    return { ok: false, problem: `file version ${doc.version} is newer than ${CURRENT_FILE_VERSION}, the newest this version of Resonans reads` };
  const result = migrate(doc, doc.version, steps, CURRENT_FILE_VERSION);
  if (!result.ok) return result;
  if (!isRecord(result.doc)) return { ok: false, problem: `the migration from file version ${doc.version} did not give an object` };
  return { ok: true, doc: result.doc };
}
