import { counterIds, type FigureId } from '../../domain/model/ids';
import { createPose } from '../../domain/model/pose';
import { createSession, type Session } from '../../domain/model/session';
import { epochMillis, millis } from '../../domain/model/units';
import type { RecordedEvent } from '../../domain/recording/events';

/**
 * An IoPT session for report tests: a Norwegian intention, three phases reached, the element
 * moved in phase 2 (and back in phase 3), statements set out of sharing order, an expression,
 * a release, arousal marks and a regulation.
 */
export function recordedSession(): { session: Session; client: FigureId; intention: FigureId; element: FigureId } {
  const created = createSession(
    { clientPseudonym: 'Åse Ødegård', intention: 'Jeg vil kjenne på trygghet i kroppen – også når jeg er sår', template: 'iopt', elements: ['trygghet'] },
    { client: 'Meg', intention: 'Intensjonen' },
    { ids: counterIds('r'), now: () => epochMillis(Date.UTC(2026, 10, 3, 9, 30)) },
  );
  const [client, intention, element] = created.recording.initialRoom.order as [FigureId, FigureId, FigureId];
  const look = created.recording.initialRoom.figures[element];
  if (!look) throw new Error('fixture: no element');
  const t = (seconds: number) => millis(seconds * 1000);
  const events: RecordedEvent[] = [
    { type: 'arousal', t: t(5), mark: { value: 5 } },
    { type: 'phase', t: t(60), phase: 1 },
    { type: 'pose', t: t(70), figureId: element, pose: createPose(0.5, 0.5, 90), joined: false },
    { type: 'pose', t: t(71), figureId: element, pose: createPose(1, 0.8, 120), joined: true },
    { type: 'pose', t: t(72), figureId: element, pose: createPose(1.4, 1, 150), joined: true },
    { type: 'expression', t: t(80), figureId: element, kind: 'sound', text: 'et dypt sukk' },
    { type: 'arousal', t: t(90), mark: { zone: 'hyper' } },
    { type: 'regulation', t: t(95), kind: 'breathing', text: '' },
    { type: 'note', t: t(100), phase: 1, text: 'Klienten så lenge på elementet.\nStille.' },
    { type: 'phase', t: t(200), phase: 2 },
    { type: 'sharingOrder', t: t(205), figureIds: [element, intention] },
    { type: 'statement', t: t(210), figureId: intention, text: 'Jeg står her for deg' },
    { type: 'statement', t: t(220), figureId: element, text: 'Jeg er varm' },
    { type: 'pose', t: t(230), figureId: element, pose: createPose(0.2, 0.2, 0), joined: false },
    {
      type: 'figureChanged',
      t: t(240),
      figureId: element,
      appearance: { kind: look.kind, label: look.label, colour: look.colour, size: look.size, released: true },
    },
    { type: 'finished', t: t(300) },
  ];
  return { session: { ...created, recording: { ...created.recording, events } }, client, intention, element };
}
