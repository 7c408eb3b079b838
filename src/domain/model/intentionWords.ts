/**
 * The app proposes one element per word of the intention; the client picks which words
 * become elements and may join neighbouring words into one element. The intention itself
 * is never changed: elements are views onto its words.
 */
export const MAX_INTENTION_LENGTH = 200;

/** Splits an intention into words in any language (Intl.Segmenter knows word boundaries). */
export function intentionWords(intention: string, locale?: string): string[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  const words: string[] = [];
  for (const part of segmenter.segment(intention)) {
    if (part.isWordLike) words.push(part.segment);
  }
  return words;
}

/** One proposed element: consecutive words, joined, and whether the client chose it. */
export interface ElementChoice {
  readonly words: readonly string[];
  readonly chosen: boolean;
}

/**
 * Every word is offered and none is chosen: which words get a resonator is the client's choice
 * alone (seed 000, phase 2), so the app must not have made it for them.
 */
export function proposeElements(words: readonly string[]): ElementChoice[] {
  return words.map((word) => ({ words: [word], chosen: false }));
}

export const elementText = (choice: ElementChoice): string => choice.words.join(' ');

/** Joins the choice at `index` with the one after it; the joined element is chosen, since joining is the client choosing it. */
export function joinWithNext(choices: readonly ElementChoice[], index: number): ElementChoice[] {
  const first = choices[index];
  const second = choices[index + 1];
  if (!first || !second) return [...choices];
  const joined: ElementChoice = { words: [...first.words, ...second.words], chosen: true };
  return [...choices.slice(0, index), joined, ...choices.slice(index + 2)];
}

/** Splits a joined element back into single words, each keeping the element's choice. */
export function splitElement(choices: readonly ElementChoice[], index: number): ElementChoice[] {
  const choice = choices[index];
  if (!choice || choice.words.length < 2) return [...choices];
  const singles = choice.words.map((word) => ({ words: [word], chosen: choice.chosen }));
  return [...choices.slice(0, index), ...singles, ...choices.slice(index + 1)];
}

export function toggleElement(choices: readonly ElementChoice[], index: number, chosen: boolean): ElementChoice[] {
  return choices.map((choice, i) => (i === index ? { ...choice, chosen } : choice));
}

export function chosenElements(choices: readonly ElementChoice[]): string[] {
  return choices.filter((choice) => choice.chosen).map(elementText);
}
