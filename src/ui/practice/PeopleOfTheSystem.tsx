import { type KeyboardEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FIGURE_SIZES, type FigureSize, MAX_LABEL_LENGTH } from '../../domain/model/figure';
import { MAX_PEOPLE_AT_START, type PersonToPlace, withoutPerson, withPerson } from '../../domain/model/systemPeople';
import { RadioChoices } from '../RadioChoices';
import './practice.css';

interface PeopleOfTheSystemProps {
  readonly people: readonly PersonToPlace[];
  readonly onChange: (people: PersonToPlace[]) => void;
}

/**
 * A family constellation starts from the people of the system (seed 001): each is named by a
 * role, with an age group and whether the person has died, and listed in the order named. The
 * client places them in the room; nothing here says where.
 */
export function PeopleOfTheSystem({ people, onChange }: PeopleOfTheSystemProps) {
  const { t } = useTranslation();
  const ids = { role: useId(), hint: useId(), sizes: useId(), list: useId() };
  const [role, setRole] = useState('');
  const [size, setSize] = useState<FigureSize>('adult');
  const [deceased, setDeceased] = useState(false);
  const roleField = useRef<HTMLInputElement>(null);
  const full = people.length >= MAX_PEOPLE_AT_START;

  const add = () => {
    onChange(withPerson(people, { role, size, deceased }, (number) => t('figure.person', { number })));
    setRole('');
    setSize('adult');
    setDeceased(false);
    roleField.current?.focus();
  };
  // Enter in the role field adds the person; it must not start the session.
  const addOnEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    if (!full) add();
  };

  return (
    <fieldset className="people-of-the-system">
      <legend>{t('practice.people')}</legend>
      <p id={ids.hint} className="hint">
        {t('practice.peopleHint')}
      </p>
      <div className="person-form">
        <div className="field compact">
          <label htmlFor={ids.role}>{t('practice.role')}</label>
          <input
            ref={roleField}
            id={ids.role}
            type="text"
            autoComplete="off"
            maxLength={MAX_LABEL_LENGTH}
            value={role}
            aria-describedby={ids.hint}
            onChange={(event) => setRole(event.target.value)}
            onKeyDown={addOnEnter}
          />
        </div>
        <RadioChoices
          className="age-group"
          legend={t('practice.ageGroup')}
          name={ids.sizes}
          options={FIGURE_SIZES}
          value={size}
          onChange={setSize}
          optionText={(option) => t(`figure.sizes.${option}`)}
        />
        <label className="radio">
          <input type="checkbox" checked={deceased} onChange={(event) => setDeceased(event.target.checked)} />
          <span>{t('figureKinds.deceased')}</span>
        </label>
        <button type="button" onClick={add} disabled={full}>
          {t('practice.addPerson')}
        </button>
      </div>
      {people.length === 0 ? (
        <p className="quiet">{t('practice.noPeople')}</p>
      ) : (
        <ol id={ids.list} className="people-list" aria-label={t('practice.people')}>
          {people.map((person, index) => (
            // People are identified by their place in the list: two may share a role name.
            <li key={`${index}:${person.role}`} className={person.deceased ? 'person-entry deceased' : 'person-entry'}>
              <span>{t(person.deceased ? 'practice.personDeceased' : 'practice.person', { role: person.role, size: t(`figure.sizes.${person.size}`) })}</span>
              <button
                type="button"
                className="small"
                aria-label={t('practice.removePerson', { role: person.role })}
                onClick={() => {
                  onChange(withoutPerson(people, index));
                  // The button is gone; the keyboard goes back to where people are named.
                  roleField.current?.focus();
                }}
              >
                {t('practice.remove')}
              </button>
            </li>
          ))}
        </ol>
      )}
    </fieldset>
  );
}
