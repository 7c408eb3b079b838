import { type FormEvent, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  chosenElements,
  type ElementChoice,
  intentionWords,
  joinWithNext,
  MAX_INTENTION_LENGTH,
  proposeElements,
  splitElement,
  toggleElement,
} from '../domain/model/intentionWords';
import { DEFAULT_PHASE_TEMPLATE, PHASE_TEMPLATE_IDS, type PhaseTemplateId, STARTING_POINTS } from '../domain/model/phaseTemplate';
import { MAX_PSEUDONYM_LENGTH, type NewSessionInput } from '../domain/model/session';
import type { PersonToPlace } from '../domain/model/systemPeople';
import { drawnSessionInput, type DrawnIntention, hasStrokes } from '../domain/drawing/drawnElements';
import { DrawingStep } from './drawing/DrawingStep';
import { ElementPicker } from './ElementPicker';
import { PeopleOfTheSystem } from './practice/PeopleOfTheSystem';
import { RadioChoices } from './RadioChoices';
import { useFocusOnMount } from './useFocusOnMount';

interface NewSessionScreenProps {
  readonly onStart: (input: NewSessionInput) => void;
  readonly onCancel: () => void;
  readonly error: string | null;
  readonly busy: boolean;
}

/**
 * Starting a session from what its method starts from: an IoPT (or free) session from the
 * intention, whose words are proposed as elements (joins and choices the client made survive
 * further typing as long as the words stay the same); an RTT session from an optional theme or
 * trigger; a family constellation from the people of the system. The template comes first, as
 * it decides what the form asks for; what was typed stays when it changes.
 */
export function NewSessionScreen({ onStart, onCancel, error, busy }: NewSessionScreenProps) {
  const { t, i18n } = useTranslation();
  const ids = { client: useId(), intention: useId(), intentionHint: useId(), count: useId() };
  const [clientPseudonym, setClientPseudonym] = useState('');
  const [intention, setIntention] = useState('');
  const [template, setTemplate] = useState<PhaseTemplateId>(DEFAULT_PHASE_TEMPLATE);
  const [edited, setEdited] = useState<{ words: string; choices: ElementChoice[] } | null>(null);
  const [missingIntention, setMissingIntention] = useState(false);
  const [covert, setCovert] = useState(false);
  const [drawn, setDrawn] = useState<DrawnIntention | null>(null);
  const [people, setPeople] = useState<PersonToPlace[]>([]);
  const startingPoint = STARTING_POINTS[template];
  const fromIntention = startingPoint === 'intention';
  // The form starts where the therapist starts: the keyboard lands in the first field.
  const clientField = useFocusOnMount<HTMLInputElement>();

  const words = useMemo(() => intentionWords(intention, i18n.language), [intention, i18n.language]);
  const wordsKey = words.join('\u0000');
  const choices = edited && edited.words === wordsKey ? edited.choices : proposeElements(words);
  const change = (next: ElementChoice[]) => setEdited({ words: wordsKey, choices: next });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (fromIntention && intention.trim() === '' && !hasStrokes(drawn)) {
      setMissingIntention(true);
      return;
    }
    if (!fromIntention) {
      onStart({ clientPseudonym, intention, template, elements: [], ...(startingPoint === 'people' && people.length > 0 ? { persons: people } : {}) });
      return;
    }
    onStart({ clientPseudonym, intention, template, elements: chosenElements(choices), ...(covert ? { covert } : {}), ...drawnSessionInput(drawn) });
  };

  return (
    <main className="screen new-session">
      <h1>{t('newSession.heading')}</h1>
      <p className="quiet">{fromIntention ? t('newSession.intro') : t(`practice.intro.${startingPoint}`)}</p>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={ids.client}>{t('newSession.client')}</label>
          <input
            ref={clientField}
            id={ids.client}
            type="text"
            autoComplete="off"
            maxLength={MAX_PSEUDONYM_LENGTH}
            value={clientPseudonym}
            onChange={(event) => setClientPseudonym(event.target.value)}
            aria-describedby={`${ids.client}-hint`}
          />
          <p id={`${ids.client}-hint`} className="hint">
            {t('newSession.clientHint')}
          </p>
        </div>
        <RadioChoices
          className="template-choice"
          legend={t('newSession.template')}
          name="template"
          options={PHASE_TEMPLATE_IDS}
          value={template}
          onChange={setTemplate}
          optionText={(id) => t(`newSession.templates.${id}`)}
        />
        <div className="field">
          <label htmlFor={ids.intention}>{fromIntention ? t('newSession.intention') : t(`practice.label.${startingPoint}`)}</label>
          <textarea
            id={ids.intention}
            rows={2}
            maxLength={MAX_INTENTION_LENGTH}
            value={intention}
            aria-invalid={fromIntention && missingIntention && intention.trim() === ''}
            aria-describedby={`${ids.intentionHint} ${ids.count}`}
            onChange={(event) => {
              setIntention(event.target.value);
              setMissingIntention(false);
            }}
          />
          <p id={ids.intentionHint} className="hint">
            {fromIntention ? t('newSession.intentionHint', { max: MAX_INTENTION_LENGTH }) : t(`practice.hint.${startingPoint}`)}
          </p>
          <p id={ids.count} className="hint count" aria-live="polite">
            {t('newSession.intentionCount', { count: intention.length, max: MAX_INTENTION_LENGTH })}
          </p>
          {fromIntention && missingIntention && (
            <p role="alert" className="error">
              {t('newSession.intentionRequired')}
            </p>
          )}
        </div>
        {fromIntention && <DrawingStep value={drawn} onChange={setDrawn} />}
        {fromIntention && (
          <ElementPicker
            choices={choices}
            onToggle={(index, chosen) => change(toggleElement(choices, index, chosen))}
            onJoin={(index) => change(joinWithNext(choices, index))}
            onSplit={(index) => change(splitElement(choices, index))}
            covert={covert}
            onCovertChange={setCovert}
          />
        )}
        {startingPoint === 'people' && <PeopleOfTheSystem people={people} onChange={setPeople} />}
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div className="form-actions">
          <button type="button" onClick={onCancel}>
            {t('newSession.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {t('newSession.start')}
          </button>
        </div>
      </form>
    </main>
  );
}
