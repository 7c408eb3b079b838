interface RadioChoicesProps<Option extends string> {
  readonly legend: string;
  /** Groups the radios so the arrow keys move between them; unique on the page. */
  readonly name: string;
  readonly options: readonly Option[];
  readonly value: Option;
  readonly onChange: (option: Option) => void;
  /** The words for each option, from the catalogue. */
  readonly optionText: (option: Option) => string;
  readonly className?: string;
}

/** One choice among a few, under its legend: the form rows of the new session, its people and the selected figure. */
export function RadioChoices<Option extends string>({ legend, name, options, value, onChange, optionText, className }: RadioChoicesProps<Option>) {
  return (
    <fieldset className={className}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} className="radio">
          <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} />
          <span>{optionText(option)}</span>
        </label>
      ))}
    </fieldset>
  );
}
