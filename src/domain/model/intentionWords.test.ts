import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ElementChoice, chosenElements, elementText, intentionWords, joinWithNext, proposeElements, splitElement, toggleElement } from './intentionWords';

describe('intentionWords', () => {
  it('splits a nynorsk intention into its four words', () => {
    expect(intentionWords('Eg vil sove betre')).toEqual(['Eg', 'vil', 'sove', 'betre']);
  });

  it('splits a bokmål intention and keeps æ, ø and å inside words', () => {
    expect(intentionWords('Jeg vil tåle nærhet', 'nb')).toEqual(['Jeg', 'vil', 'tåle', 'nærhet']);
    expect(intentionWords('Jeg ønsker å være rolig', 'da')).toEqual(['Jeg', 'ønsker', 'å', 'være', 'rolig']);
  });

  it('drops punctuation and extra white space', () => {
    expect(intentionWords('  Eg vil sove betre!  ')).toEqual(['Eg', 'vil', 'sove', 'betre']);
    expect(intentionWords('Eg vil, kanskje… sove betre?\n')).toEqual(['Eg', 'vil', 'kanskje', 'sove', 'betre']);
    expect(intentionWords('«Ro» – og tryggleik.')).toEqual(['Ro', 'og', 'tryggleik']);
  });

  it('keeps a contraction as one word', () => {
    expect(intentionWords("I don't want to hide", 'en')).toEqual(['I', "don't", 'want', 'to', 'hide']);
  });

  it('returns no words for an empty or punctuation-only intention', () => {
    expect(intentionWords('')).toEqual([]);
    expect(intentionWords('   ')).toEqual([]);
    expect(intentionWords('?! … –')).toEqual([]);
  });

  it('only returns words that occur in the intention, in order', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (intention) => {
        let from = 0;
        for (const word of intentionWords(intention)) {
          expect(word.trim()).toBe(word);
          expect(word.length).toBeGreaterThan(0);
          const at = intention.indexOf(word, from);
          expect(at).toBeGreaterThanOrEqual(from);
          from = at + word.length;
        }
      }),
    );
  });
});

const words = ['Eg', 'vil', 'sove', 'betre'];

describe('proposeElements and elementText', () => {
  it('proposes one element per word and chooses none of them: the client chooses', () => {
    expect(proposeElements(words)).toEqual([
      { words: ['Eg'], chosen: false },
      { words: ['vil'], chosen: false },
      { words: ['sove'], chosen: false },
      { words: ['betre'], chosen: false },
    ]);
    expect(chosenElements(proposeElements(words))).toEqual([]);
    expect(proposeElements([])).toEqual([]);
  });

  it('joins the words of an element with a space', () => {
    expect(elementText({ words: ['sove', 'betre'], chosen: true })).toBe('sove betre');
    expect(elementText({ words: ['Eg'], chosen: false })).toBe('Eg');
  });
});

describe('joinWithNext', () => {
  it('joins an element with the next one', () => {
    const joined = joinWithNext(proposeElements(words), 2);
    expect(joined).toEqual([
      { words: ['Eg'], chosen: false },
      { words: ['vil'], chosen: false },
      { words: ['sove', 'betre'], chosen: true },
    ]);
  });

  it('makes the joined element chosen even if neither part was, and leaves the others as they were', () => {
    const joined = joinWithNext(toggleElement(proposeElements(words), 3, true), 0);
    expect(joined).toEqual([
      { words: ['Eg', 'vil'], chosen: true },
      { words: ['sove'], chosen: false },
      { words: ['betre'], chosen: true },
    ]);
  });

  it('joins an already joined element with the next', () => {
    const twice = joinWithNext(joinWithNext(proposeElements(words), 0), 0);
    expect(twice.map(elementText)).toEqual(['Eg vil sove', 'betre']);
  });

  it('changes nothing for the last element or an index outside the list, and returns a copy', () => {
    const choices = proposeElements(words);
    for (const index of [3, 4, -1]) {
      const result = joinWithNext(choices, index);
      expect(result).toEqual(choices);
      expect(result).not.toBe(choices);
    }
  });

  it('does not change the list it was given', () => {
    const choices = proposeElements(words);
    const snapshot = structuredClone(choices);
    joinWithNext(choices, 1);
    expect(choices).toEqual(snapshot);
  });
});

describe('splitElement', () => {
  it('splits a joined element back into single words, each keeping its choice', () => {
    const joined: ElementChoice[] = [
      { words: ['Eg'], chosen: true },
      { words: ['vil', 'sove'], chosen: false },
      { words: ['betre'], chosen: true },
    ];
    expect(splitElement(joined, 1)).toEqual([
      { words: ['Eg'], chosen: true },
      { words: ['vil'], chosen: false },
      { words: ['sove'], chosen: false },
      { words: ['betre'], chosen: true },
    ]);
  });

  it('changes nothing for a single word or an index outside the list', () => {
    const choices = proposeElements(words);
    expect(splitElement(choices, 0)).toEqual(choices);
    expect(splitElement(choices, 9)).toEqual(choices);
  });

  it('undoes joinWithNext on chosen elements', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 5 }), { minLength: 2, maxLength: 8 }), fc.nat(), (list, at) => {
        const index = at % (list.length - 1);
        const choices = proposeElements(list).map((choice) => ({ ...choice, chosen: true }));
        expect(splitElement(joinWithNext(choices, index), index)).toEqual(choices);
      }),
    );
  });
});

describe('toggleElement and chosenElements', () => {
  it('chooses and unchooses one element', () => {
    const on = toggleElement(proposeElements(words), 0, true);
    expect(on.map((c) => c.chosen)).toEqual([true, false, false, false]);
    expect(toggleElement(on, 0, false).map((c) => c.chosen)).toEqual([false, false, false, false]);
  });

  it('ignores an index outside the list', () => {
    expect(toggleElement(proposeElements(words), 7, true)).toEqual(proposeElements(words));
  });

  it('lists the chosen elements as text, in order', () => {
    let choices = joinWithNext(proposeElements(words), 2);
    choices = toggleElement(choices, 0, true);
    expect(chosenElements(choices)).toEqual(['Eg', 'sove betre']);
    expect(chosenElements(toggleElement(toggleElement(choices, 0, false), 2, false))).toEqual([]);
  });

  it('from an intention to elements end to end, each word chosen by the client', () => {
    let choices = joinWithNext(proposeElements(intentionWords('Jeg vil tåle nærhet.')), 2);
    choices = toggleElement(toggleElement(choices, 0, true), 1, true);
    expect(chosenElements(choices)).toEqual(['Jeg', 'vil', 'tåle nærhet']);
  });
});
