import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services';
import { sessionTime } from '../../domain/recording/sessionClock';
import { captionLine } from '../../export/picture/drawCaption';
import { durationText } from '../durationText';
import { usePhaseNames } from '../session/usePhaseNames';
import { useResonans, useResonansStore } from '../../store/StoreContext';

export interface CaptionChoice {
  readonly shown: boolean;
  readonly pseudonym: boolean;
  readonly date: boolean;
}

/**
 * The caption of a picture or video frame at a moment of the session: the pseudonym and the
 * date when chosen (never the pseudonym in covert mode, which hides the client's name on
 * screen too), the phase's name and the session time. Empty when no caption is wanted.
 */
export function useCaption(): (choice: CaptionChoice, at: { phase: number; sessionTimeMs: number }) => string {
  const { t, i18n } = useTranslation();
  const session = useResonans((state) => state.session);
  const covert = useResonans((state) => state.covert);
  const names = usePhaseNames(session?.template);
  const dateFormat = useMemo(() => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }), [i18n.language]);
  return useCallback(
    (choice, at) => {
      if (!choice.shown || !session) return '';
      return captionLine({
        pseudonym: choice.pseudonym && !covert ? session.clientPseudonym : null,
        date: choice.date ? dateFormat.format(new Date(session.createdAt)) : null,
        phase: names[at.phase] ?? null,
        sessionTime: t('picture.sessionTime', { time: durationText(at.sessionTimeMs) }),
      });
    },
    [session, covert, names, dateFormat, t],
  );
}

/** Where the session stands now: at the playhead in replay, at the session clock in live work. */
export function useMomentNow(): () => { phase: number; sessionTimeMs: number } {
  const store = useResonansStore();
  const { now } = useServices();
  return useCallback(() => {
    const state = store.getState();
    if (state.replay) return { phase: state.replay.state.phase, sessionTimeMs: state.replay.t };
    return { phase: state.progress.phase, sessionTimeMs: state.clock ? sessionTime(state.clock, now()) : 0 };
  }, [store, now]);
}
