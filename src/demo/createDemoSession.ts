import type { FigureId } from '../domain/model/ids';
import { counterIds, sessionId } from '../domain/model/ids';
import { createSession, type Session, type StandardLabels } from '../domain/model/session';
import { type EpochMillis, epochMillis } from '../domain/model/units';
import type { Messages } from '../i18n/messages/en';
import { createResonansStore, type ResonansStore } from '../store/createStore';
import { undo } from '../store/history';

/** The demo's fixed id: restoring it replaces it rather than adding a second. */
export const DEMO_SESSION_ID = sessionId('demo-iopt-self-encounter');
/** A date in the past, so the demo sits below the therapist's own sessions. */
const DEMO_CREATED_AT = epochMillis(Date.UTC(2026, 0, 15, 9, 0));

/** The demo's words: written in the therapist's language by the caller. */
export interface DemoTexts {
  readonly labels: StandardLabels;
  readonly clientPseudonym: string;
  readonly intention: string;
  /** The words the fictional client chose as elements, in order; 4 of them, the last ("others") ending far in the corner. */
  readonly elements: readonly [string, string, string, string];
  readonly notes: { readonly orientation: string; readonly clientShares: string; readonly roundingOff: string };
  readonly statements: readonly [string, string, string, string, string];
  readonly expressions: { readonly sound: string; readonly emotion: string };
}

/** The demo's words from one language's catalogue, as the app hands them over in that language. */
export function demoTextsFrom(messages: Messages): DemoTexts {
  const [a = '', b = '', c = '', d = ''] = messages.demo.elements;
  const [s1 = '', s2 = '', s3 = '', s4 = '', s5 = ''] = messages.demo.statements;
  return {
    labels: { client: messages.figure.client, intention: messages.figure.intention },
    clientPseudonym: messages.demo.clientPseudonym,
    intention: messages.demo.intention,
    elements: [a, b, c, d],
    notes: messages.demo.notes,
    statements: [s1, s2, s3, s4, s5],
    expressions: messages.demo.expressions,
  };
}

/**
 * A fictional IoPT self-encounter, shortened to a few minutes, made with the app's own store and recorder on a clock that
 * the script moves by hand: every pose, phase and word in it was recorded exactly as a real
 * session would be, only faster. Deterministic: the same texts give the same session.
 */
export function createDemoSession(texts: DemoTexts): Session {
  let now = DEMO_CREATED_AT as number;
  const clock = () => epochMillis(now) as EpochMillis;
  const ids = counterIds('demo');
  const wait = (ms: number) => {
    now += ms;
  };
  const created = createSession(
    { clientPseudonym: texts.clientPseudonym, intention: texts.intention, template: 'iopt', elements: texts.elements },
    texts.labels,
    { ids, now: clock },
  );
  const store = createResonansStore({ ids, now: clock });
  store.getState().openSession({ ...created, info: { ...created.info, id: DEMO_SESSION_ID, demo: true } });
  const [me, intention, first, second, third, fourth] = store.getState().room.order as FigureId[];
  if (!me || !intention || !first || !second || !third || !fourth) throw new Error('the demo needs six figures');
  const act = store.getState;

  /** A drag as a hand makes it: samples at 20 Hz along an eased path. */
  const drag = (id: FigureId, to: { x: number; z: number; facing?: number }, durationMs: number) => {
    const from = act().room.figures[id]?.pose;
    if (!from) return;
    const steps = Math.max(2, Math.round(durationMs / 50));
    for (let step = 1; step <= steps; step += 1) {
      const f = step / steps;
      const eased = f * f * (3 - 2 * f);
      wait(50);
      const facing = to.facing === undefined ? from.facing : from.facing + turnBetween(from.facing, to.facing) * eased;
      act().previewDrag(id, { x: from.x + (to.x - from.x) * eased, z: from.z + (to.z - from.z) * eased, facing });
    }
    act().endDrag(true);
  };

  // 1. The client has written the intention.
  wait(20_000);
  act().goToPhase(1);
  // 2. The client places the figures, one at a time.
  wait(6_000);
  drag(me, { x: 0, z: 1.1, facing: 0 }, 2_200);
  wait(4_000);
  drag(intention, { x: 0, z: -1.3, facing: 180 }, 2_600);
  wait(5_000);
  drag(first, { x: -0.9, z: 0.2, facing: 60 }, 2_000);
  wait(3_500);
  drag(second, { x: 1.1, z: -0.4, facing: 270 }, 2_400);
  wait(3_000);
  drag(third, { x: 0.5, z: 0.6, facing: 200 }, 1_800);
  wait(4_000);
  drag(fourth, { x: -1.4, z: -1.2, facing: 120 }, 2_800);
  // A hesitation: the client moves "others" and takes it back.
  wait(3_000);
  act().nudgeFigure(fourth, 0.3, 0);
  wait(1_500);
  undo(store);
  wait(8_000);
  act().goToPhase(2);
  // 3. Wordless phase: the resonators move and express.
  wait(9_000);
  drag(fourth, { x: -1.6, z: -1.6, facing: 150 }, 3_000);
  wait(2_000);
  act().markExpression(fourth, 'movement', '');
  wait(6_000);
  drag(first, { x: -0.4, z: 0.6, facing: 20 }, 2_500);
  wait(3_000);
  act().markExpression(first, 'sound', texts.expressions.sound);
  act().markArousal({ zone: 'hyper' });
  wait(10_000);
  drag(third, { x: 0.2, z: 0.9, facing: 180 }, 2_000);
  wait(7_000);
  act().markExpression(third, 'emotion', texts.expressions.emotion);
  wait(12_000);
  act().markArousal({ zone: 'calm' });
  act().goToPhase(3);
  // 4. Orientation: the client looks.
  wait(25_000);
  act().setNote(3, texts.notes.orientation);
  wait(5_000);
  act().goToPhase(4);
  // 5. The client shares.
  wait(30_000);
  act().setNote(4, texts.notes.clientShares);
  act().markArousal({ value: 4 });
  wait(4_000);
  act().goToPhase(5);
  // 6. The resonators share, in the order the client chooses. The statements follow this order, so
  // the third, "I wanted to come closer but did not dare", is told by the fourth element, "others",
  // from the far corner; the same figure in every language.
  wait(8_000);
  const order = [third, first, fourth, intention, second];
  act().setSharingOrder(order);
  order.forEach((id, index) => {
    wait(12_000);
    act().setStatement(id, texts.statements[index] ?? '');
  });
  wait(6_000);
  act().goToPhase(6);
  // 7. Rounding off: each figure is released from its role.
  for (const id of [intention, first, second, third, fourth]) {
    wait(4_000);
    act().releaseFigure(id);
  }
  wait(6_000);
  act().setNote(6, texts.notes.roundingOff);
  wait(2_000);
  act().finishSession();
  return snapshot(store);
}

function snapshot(store: ResonansStore): Session {
  const { session, room, recording } = store.getState();
  if (!session || !recording) throw new Error('the demo session did not open');
  return { info: session, room, recording: { initialRoom: recording.initialRoom, events: [...recording.events] } };
}

function turnBetween(from: number, to: number): number {
  const turn = ((((to - from) % 360) + 540) % 360) - 180;
  return turn === -180 ? 180 : turn;
}
