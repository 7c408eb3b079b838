import { describe, expect, it } from 'vitest';
import { CURRENT_FILE_VERSION, FILE_MIGRATIONS, type MigrationStep, migrate, migrateToCurrent } from './migrations';

/**
 * An example of a migration, as a later version would add one: version 0 (imagined) named the
 * export time `exported` and kept a figure's facing in radians; version 1 calls it `exportedAt`
 * and keeps degrees.
 */
const v0ToV1: MigrationStep = {
  from: 0,
  to: 1,
  up: (doc) => {
    const { exported, facing, ...rest } = doc as { exported: number; facing: number };
    return { ...rest, exportedAt: exported, facing: (facing * 180) / Math.PI };
  },
  down: (doc) => {
    const { exportedAt, facing, ...rest } = doc as { exportedAt: number; facing: number };
    return { ...rest, exported: exportedAt, facing: (facing * Math.PI) / 180 };
  },
};

/** Steps that only leave a trace, to see the order they run in. */
const traced = (from: number, to: number): MigrationStep => ({
  from,
  to,
  up: (doc) => ({ ...(doc as object), trace: [...((doc as { trace?: string[] }).trace ?? []), `up ${from}→${to}`] }),
  down: (doc) => ({ ...(doc as object), trace: [...((doc as { trace?: string[] }).trace ?? []), `down ${to}→${from}`] }),
});

const V0 = { format: 'resonans-session', version: 0, exported: 1_760_000_000_000, facing: Math.PI / 2 };

describe('migrate', () => {
  it('brings a version-0 document up to version 1, setting its version', () => {
    expect(migrate(V0, 0, [v0ToV1], 1)).toEqual({ ok: true, doc: { format: 'resonans-session', version: 1, exportedAt: 1_760_000_000_000, facing: 90 } });
  });

  it('round-trips: up, then down, gives the document back', () => {
    const up = migrate(V0, 0, [v0ToV1], 1);
    if (!up.ok) throw new Error(up.problem);
    expect(migrate(up.doc, 1, [v0ToV1], 0)).toEqual({ ok: true, doc: V0 });
  });

  it('does not change the document it is given', () => {
    const doc = structuredClone(V0);
    migrate(doc, 0, [v0ToV1], 1);
    expect(doc).toEqual(V0);
  });

  it('applies the steps in order of version, however they are listed', () => {
    const steps = [traced(2, 3), traced(0, 1), traced(1, 2)];
    expect(migrate({ version: 0 }, 0, steps, 3)).toEqual({ ok: true, doc: { version: 3, trace: ['up 0→1', 'up 1→2', 'up 2→3'] } });
    expect(migrate({ version: 3 }, 3, steps, 1)).toEqual({ ok: true, doc: { version: 1, trace: ['down 3→2', 'down 2→1'] } });
  });

  it('follows a step over several versions', () => {
    expect(migrate({ version: 0 }, 0, [traced(0, 2), traced(2, 3)], 3)).toEqual({ ok: true, doc: { version: 3, trace: ['up 0→2', 'up 2→3'] } });
  });

  it('does nothing when the document is at its target', () => {
    expect(migrate({ version: 1, a: 1 }, 1, [], 1)).toEqual({ ok: true, doc: { version: 1, a: 1 } });
  });

  it('refuses a gap, up or down', () => {
    expect(migrate({ version: 0 }, 0, [traced(0, 1), traced(2, 3)], 3)).toEqual({
      ok: false,
      problem: 'there is no migration from file version 1 to a newer one',
    });
    expect(migrate({ version: 3 }, 3, [traced(0, 1), traced(2, 3)], 0)).toEqual({
      ok: false,
      problem: 'there is no migration from file version 2 to an older one',
    });
    expect(migrate({ version: 0 }, 0, [], 1)).toEqual({ ok: false, problem: 'there is no migration from file version 0 to a newer one' });
  });

  it('refuses a step that jumps past the target', () => {
    expect(migrate({}, 0, [traced(0, 3)], 2)).toMatchObject({ ok: false, problem: expect.stringContaining('past version 2') as unknown });
    expect(migrate({}, 3, [traced(0, 3)], 2)).toMatchObject({ ok: false, problem: expect.stringContaining('past version 2') as unknown });
  });

  it('refuses steps that go backwards or overlap', () => {
    expect(migrate({}, 0, [traced(1, 1)], 2)).toMatchObject({ ok: false, problem: expect.stringContaining('does not lead to a higher version') as unknown });
    expect(migrate({}, 0, [traced(0, 1), traced(0, 2)], 2)).toEqual({ ok: false, problem: 'two migrations start at version 0' });
    expect(migrate({}, 0, [traced(0, 2), traced(1, 2)], 2)).toEqual({ ok: false, problem: 'two migrations lead to version 2' });
  });

  it('refuses versions that are not whole numbers from 0', () => {
    for (const version of [-1, 0.5, NaN, Infinity]) expect(migrate({}, version, [v0ToV1], 1).ok).toBe(false);
    expect(migrate({}, 0, [v0ToV1], 1.5).ok).toBe(false);
  });

  it('reports a step that throws instead of throwing', () => {
    const broken: MigrationStep = {
      from: 0,
      to: 1,
      up: () => {
        throw new Error('bad shape');
      },
      down: (doc) => doc,
    };
    expect(migrate({}, 0, [broken], 1)).toEqual({ ok: false, problem: 'the migration from file version 0 failed: bad shape' });
  });
});

describe('migrateToCurrent', () => {
  it('leaves a current document as it is', () => {
    expect(CURRENT_FILE_VERSION).toBe(2);
    expect(FILE_MIGRATIONS.map((step) => [step.from, step.to])).toEqual([[1, 2]]);
    const doc = { version: CURRENT_FILE_VERSION, format: 'resonans-session' };
    expect(migrateToCurrent(doc)).toEqual({ ok: true, doc });
  });

  it('uses the steps it is given', () => {
    expect(migrateToCurrent(V0, [v0ToV1, ...FILE_MIGRATIONS])).toEqual({
      ok: true,
      doc: { format: 'resonans-session', version: CURRENT_FILE_VERSION, exportedAt: 1_760_000_000_000, facing: 90 },
    });
  });

  it('refuses an older version without a migration, and a newer version', () => {
    expect(migrateToCurrent(V0)).toEqual({ ok: false, problem: 'there is no migration from file version 0 to a newer one' });
    expect(migrateToCurrent({ version: 3 })).toMatchObject({ ok: false, problem: expect.stringContaining('newer') as unknown });
  });

  it('refuses a migration that does not give an object', () => {
    const toText: MigrationStep = { from: 0, to: 1, up: () => 'text', down: (doc) => doc };
    expect(migrateToCurrent({ version: 0 }, [toText])).toMatchObject({ ok: false });
  });
});
