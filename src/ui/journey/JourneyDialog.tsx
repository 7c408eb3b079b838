import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, useServices } from '../../app/services';
import { type JourneyMoment, journeyStations, wordKey } from '../../domain/analysis/journey';
import { FIGURE_COLOUR_HEX } from '../../domain/model/palette';
import type { Session } from '../../domain/model/session';
import type { SessionSummary } from '../../persistence/sessionRepository';
import { useNumberText } from '../analysis/useNumberText';
import { ModalDialog } from '../ModalDialog';
import { useSessionDateText } from '../library/useSessionDateText';
import { JourneyChart } from './JourneyChart';
import { StationPicture } from './StationPicture';
import '../analysis/analysis.css';
import './journey.css';

/** Phases offered for the pictures: as many as the longest template has (IoPT's seven). */
const PHASES_OFFERED = 7;

type Loaded = { status: 'loading' } | { status: 'failed'; reason: string } | { status: 'ready'; sessions: Session[] };

interface JourneyDialogProps {
  readonly pseudonym: string;
  readonly sessions: readonly SessionSummary[];
  readonly onClose: () => void;
  readonly onOpenSession: (session: SessionSummary) => void;
}

/** The client's journey: every session's picture at one moment, side by side, and the distances from "Me" across them. */
export default function JourneyDialog({ pseudonym, sessions, onClose, onOpenSession }: JourneyDialogProps) {
  const { t } = useTranslation();
  const { repository } = useServices();
  const titleId = useId();
  const momentId = useId();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [moment, setMoment] = useState<JourneyMoment>({ kind: 'end' });
  const dateText = useSessionDateText();
  const number = useNumberText();

  useEffect(() => {
    let live = true;
    Promise.all(sessions.map((summary) => repository.load(summary.id))).then(
      (found) => live && setLoaded({ status: 'ready', sessions: found.filter((session): session is Session => session !== undefined) }),
      (error: unknown) => live && setLoaded({ status: 'failed', reason: describeError(error) }),
    );
    return () => {
      live = false;
    };
  }, [sessions, repository]);

  const journey = useMemo(() => (loaded.status === 'ready' ? journeyStations(loaded.sessions, moment) : null), [loaded, moment]);
  const summaryOf = (session: Session) => sessions.find((summary) => summary.id === session.info.id);
  const words = useMemo(() => {
    const shown = new Map<string, string>();
    for (const station of journey?.stations ?? []) {
      for (const id of station.room?.order ?? []) {
        const figure = station.room?.figures[id];
        if (figure?.kind === 'element' && station.distances.has(wordKey(figure.label)) && !shown.has(wordKey(figure.label)))
          shown.set(wordKey(figure.label), figure.label);
      }
    }
    return shown;
  }, [journey]);

  return (
    <ModalDialog title={t('analysis.journeyOf', { pseudonym })} closeText={t('analysis.backToLibrary')} onCancel={onClose} className="analysis-dialog">
      <p className="hint">{t('analysis.journeyIntro')}</p>
      <div className="analysis-pair">
        <label htmlFor={momentId}>{t('analysis.moment')}</label>
        <select
          id={momentId}
          value={moment.kind === 'end' ? 'end' : String(moment.phase)}
          onChange={(event) => setMoment(event.target.value === 'end' ? { kind: 'end' } : { kind: 'phase', phase: Number(event.target.value) })}
        >
          <option value="end">{t('analysis.momentEnd')}</option>
          {Array.from({ length: PHASES_OFFERED }, (_, phase) => (
            <option key={phase} value={phase}>
              {t('analysis.momentPhase', { number: phase + 1 })}
            </option>
          ))}
        </select>
      </div>
      {loaded.status === 'loading' && <p role="status">{t('analysis.loadingSessions')}</p>}
      {loaded.status === 'failed' && <p role="alert">{t('analysis.sessionsFailed', { reason: loaded.reason })}</p>}
      {journey && (
        <>
          <ol className="journey-stations">
            {journey.stations.map((station, i) => {
              const summary = summaryOf(station.session);
              const date = dateText({ createdAt: station.session.info.createdAt, pseudonymised: station.session.info.pseudonymised === true });
              return (
                <li key={station.session.info.id} className="journey-station">
                  <h3>
                    {i + 1}. {date}
                  </h3>
                  {station.room ? (
                    <StationPicture session={station.session} room={station.room} label={t('analysis.pictureOf', { date })} />
                  ) : (
                    <p className="hint">{t('analysis.notReached')}</p>
                  )}
                  {summary && (
                    <button type="button" onClick={() => onOpenSession(summary)}>
                      {t('analysis.openSession')}
                    </button>
                  )}
                </li>
              );
            })}
          </ol>
          {words.size > 0 && (
            <section className="analysis-section" aria-labelledby={`${titleId}-distance`}>
              <h3 id={`${titleId}-distance`}>{t('analysis.journeyDistanceHeading')}</h3>
              <p className="hint">{t('analysis.journeyDistanceExplain')}</p>
              <div className="analysis-pair-view">
                <JourneyChart stations={journey.stations} colours={journey.colours} label={t('analysis.journeyDistanceChart')} />
                <div className="analysis-scroll">
                  <table className="analysis-table journey-table">
                    <caption>{t('analysis.journeyDistanceHeading')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('analysis.element')}</th>
                        {journey.stations.map((station, i) => (
                          <th scope="col" key={station.session.info.id}>
                            {i + 1}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {[...words].map(([key, word]) => (
                        <tr key={key}>
                          <th scope="row">
                            <span className="journey-swatch" style={{ background: FIGURE_COLOUR_HEX[journey.colours.get(key) ?? 'sage'] }} aria-hidden="true" />
                            {word}
                          </th>
                          {journey.stations.map((station) => {
                            const metres = station.distances.get(key);
                            return <td key={station.session.info.id}>{metres === undefined ? t('analysis.notInRoom') : number.metres(metres)}</td>;
                          })}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </div>
            </section>
          )}
        </>
      )}
    </ModalDialog>
  );
}
