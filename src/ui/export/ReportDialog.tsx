import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadBlob } from '../../app/library/download';
import { sessionNumberOf } from '../../app/library/useFileTransfer';
import { describeError, useServices } from '../../app/services';
import { KEEP_NOTHING, type SupervisionDating, type SupervisionKeep, supervisionCopy } from '../../domain/format/supervisionCopy';
import type { PhaseTemplateId } from '../../domain/model/phaseTemplate';
import type { Session } from '../../domain/model/session';
import { AROUSAL_ZONES, type ArousalZone } from '../../domain/recording/events';
import { recordingEnd } from '../../domain/recording/recording';
import { reportFileName } from '../../export/report/reportFileName';
import { DialogActions } from '../DialogActions';
import { DialogOutcome } from '../DialogOutcome';
import { durationText } from '../durationText';
import { neutralNames } from '../files/neutralNames';
import { SupervisionOptions } from '../files/SupervisionOptions';
import { useSessionDateText } from '../library/useSessionDateText';
import { ModalDialog } from '../ModalDialog';
import './export.css';
import { useMarkText } from '../replay/useMarkText';
import { usePhaseNames } from '../session/usePhaseNames';

const PAPER_CHOICES = ['a4', 'letter'] as const;
type PaperChoice = (typeof PAPER_CHOICES)[number];

/** Which session a report is of: the one open in the room, or one kept in the library. */
export interface ReportSource {
  /** The way of working, for the phases' names, known before the session is read. */
  readonly template: PhaseTemplateId | undefined;
  /** The session as recorded, or null when there is none to report on. May read it from storage. */
  readonly load: () => Promise<Session | null>;
  /** Said when `load` finds nothing; the room's own words when left out. */
  readonly missing?: string;
  /** A line under the title that names the session, where the dialog is not opened from inside it. */
  readonly about?: string;
}

type Step = 'loading' | 'writing';

/** "Session report": a PDF of a session, or of its supervision copy, on A4 or Letter. */
export function ReportDialog({ source, onClose }: { source: ReportSource; onClose: () => void }) {
  const { t } = useTranslation();
  const { now, ids, repository } = useServices();
  const dateText = useSessionDateText();
  const markText = useMarkText();
  const phaseNames = usePhaseNames(source.template);
  const [paper, setPaper] = useState<PaperChoice>('a4');
  const [supervision, setSupervision] = useState(false);
  const [keep, setKeep] = useState<SupervisionKeep>(KEEP_NOTHING);
  const [dating, setDating] = useState<SupervisionDating>('session-number');
  const [step, setStep] = useState<Step | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const busy = step !== null;

  /** The session's supervision copy, numbered among the client's sessions. */
  const supervisionCopyOf = async (session: Session): Promise<Session> => {
    const known = await repository.list();
    const summary = known.find((each) => each.id === session.info.id);
    const number = summary ? sessionNumberOf(summary, known) : 1;
    return supervisionCopy(session, { keep, dating, names: neutralNames(t, number), ids }, number);
  };

  /** The session as recorded, or null (with the problem said) when it cannot be had. */
  const loaded = async (): Promise<Session | null> => {
    setStep('loading');
    try {
      const session = await source.load();
      if (!session) setProblem(source.missing ?? t('report.noSession'));
      return session;
    } catch (error) {
      setProblem(t('report.loadFailed', { reason: describeError(error) }));
      return null;
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      const recorded = await loaded();
      if (!recorded) return;
      setStep('writing');
      const session = supervision ? await supervisionCopyOf(recorded) : recorded;
      const { makeReport } = await import('../../export/report/makeReport');
      const zones = Object.fromEntries(AROUSAL_ZONES.map((zone) => [zone, t(`arousal.zones.${zone}`)])) as Record<ArousalZone, string>;
      const blob = await makeReport(
        session,
        { phaseNames, wholeSession: t('report.wholeSession'), covertName: (number) => t('figure.covert', { number }), markText },
        {
          title: t('report.documentTitle', { client: session.info.clientPseudonym }),
          facts: [
            { label: t('report.pseudonym'), value: session.info.clientPseudonym },
            { label: t('report.date'), value: dateText({ createdAt: session.info.createdAt, pseudonymised: session.info.pseudonymised === true }) },
            { label: t('report.template'), value: t(`newSession.templates.${session.info.template}`) },
            { label: t('report.length'), value: durationText(recordingEnd(session.recording)) },
          ],
          intentionHeading: t('report.intention'),
          intention: session.info.intention,
          phaseTime: (fromMs, toMs) => t('report.phaseTime', { from: durationText(fromMs), to: durationText(toMs) }),
          notes: t('report.notes'),
          statements: t('report.statements'),
          expressions: t('report.expressions'),
          releases: t('report.releases'),
          otherMarks: t('report.otherMarks'),
          arousal: t('report.arousal'),
          zones,
          nothingRecorded: t('report.nothing'),
          sessionTime: durationText,
          page: (page, pages) => t('report.page', { page, pages }),
        },
        paper,
      );
      downloadBlob(reportFileName(session.info.id, now()), blob);
      onClose();
    } catch (error) {
      setProblem(t('report.failed', { reason: describeError(error) }));
    } finally {
      setStep(null);
    }
  };

  return (
    <ModalDialog title={t('report.dialogTitle')} onCancel={onClose} wide>
      <form onSubmit={(event) => void submit(event)} noValidate className="session-report">
        {source.about && <p className="report-about">{source.about}</p>}
        <p className="hint">{t('report.intro')}</p>
        <fieldset disabled={busy}>
          <legend>{t('report.paper')}</legend>
          {PAPER_CHOICES.map((choice) => (
            <label key={choice} className="radio block">
              <input type="radio" name={`${id}-paper`} checked={paper === choice} onChange={() => setPaper(choice)} />
              <span>{t(`report.${choice}`)}</span>
            </label>
          ))}
        </fieldset>
        <fieldset disabled={busy}>
          <legend>{t('report.content')}</legend>
          <label className="radio block">
            <input type="radio" name={`${id}-content`} checked={!supervision} onChange={() => setSupervision(false)} />
            <span>{t('report.whole')}</span>
          </label>
          <label className="radio block">
            <input type="radio" name={`${id}-content`} checked={supervision} onChange={() => setSupervision(true)} />
            <span>{t('report.supervision')}</span>
          </label>
          {supervision && <SupervisionOptions keep={keep} dating={dating} onKeep={setKeep} onDating={setDating} />}
        </fieldset>
        <DialogOutcome problem={problem} busy={busy} busyText={step === 'loading' ? t('report.loading') : t('report.making')} />
        <DialogActions onCancel={onClose} submitLabel={t('report.save')} busy={busy} />
      </form>
    </ModalDialog>
  );
}
