// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATALOGUES, LANGUAGES, type Language } from './i18n';

/**
 * Every catalogue must say everything English says, in its own words: the same keys at every
 * depth, no empty string, the same {{placeholders}}, lists of the same length, and no string
 * silently left in English.
 */

type Leaf = { path: string; value: unknown };

/** Every leaf (string, number, …) of a catalogue with its dotted path; arrays count as branches (`elements.0`). */
function leaves(node: unknown, path = ''): Leaf[] {
  if (node !== null && typeof node === 'object') {
    return Object.entries(node).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
  }
  return [{ path, value: node }];
}

/** Every path in a catalogue, branches included, so a missing subtree is reported once by its own name. */
function paths(node: unknown, path = ''): string[] {
  if (node === null || typeof node !== 'object') return [path];
  const own = path ? [path] : [];
  return [...own, ...Object.entries(node).flatMap(([key, child]) => paths(child, path ? `${path}.${key}` : key))];
}

/** Every array in a catalogue with its path and length. */
function arrays(node: unknown, path = ''): { path: string; length: number }[] {
  if (node === null || typeof node !== 'object') return [];
  const own = Array.isArray(node) ? [{ path, length: node.length }] : [];
  return [...own, ...Object.entries(node).flatMap(([key, child]) => arrays(child, path ? `${path}.${key}` : key))];
}

const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\{\{\s*([^}\s]+)\s*\}\}/g)].map((match) => match[1] ?? ''))].sort();

/** Text with its placeholders taken out; a string with no letter left is pure formatting (" · ", "{{speed}}×"). */
const hasWordsOfItsOwn = (text: string): boolean => /\p{L}/u.test(text.replace(/\{\{[^}]*\}\}/g, ''));

/** Fails listing every problem in the message itself, so a long list is never cut short in the report. */
function expectNone(problems: readonly string[], what: string): void {
  expect(problems, `${what}:\n  ${problems.join('\n  ')}\n`).toEqual([]);
}

function valueAt(catalogue: unknown, path: string): unknown {
  let node: unknown = catalogue;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/**
 * Strings that may be the same as in English because the word really is the same in that
 * language (strings with no letters outside their placeholders, like " · ", "{{speed}}×" or
 * "{{position}}. {{figure}}", are allowed everywhere and need no entry). Keep this short: each
 * entry is a claim that a native speaker would write exactly this.
 */
const SAME_IN_EVERY_LANGUAGE = [
  'Resonans', // the app's name
  'Person {{number}}', // "Person" is the word in all four languages
  'Person',
  'Element {{number}}',
  'Pause', // the replay's pause button: the same word in all four
  'Sand', // a colour: the same word in all four
  'Pseudonym', // the same word in all four
];
const SAME_AS_ENGLISH: Readonly<Record<Exclude<Language, 'en'>, readonly string[]>> = {
  nb: ['demo', 'element', 'person'],
  nn: ['demo', 'element', 'person'],
  // DOMAIN.md gives the Danish RTT steps as "Check-in · … · Integration"; "arousal", "intention",
  // "session" and "note" are Danish words too (the nb/nn texts use "intensjon", Danish keeps -tion).
  // Danish clinicians say hypoarousal and hyperarousal as English does (issue 11).
  da: [
    'demo',
    'element',
    'person',
    'intention',
    'Intention',
    'Check-in',
    'Integration',
    'Arousal',
    'Hypoarousal',
    'Hyperarousal',
    '{{count}} session',
    'Start session',
    'Note, {{phase}}',
  ],
  de: ['Name', 'Regulation', 'Integration'],
};

/**
 * The IoPT phase names from the table "Phase names" in DOMAIN.md (the project's steering
 * folder), in the order of the phases; English uses the English column. The test below checks
 * this copy against DOMAIN.md whenever that file is next to the repository.
 */
const IOPT_PHASE_KEYS = ['intention', 'chooseResonators', 'wordless', 'orientation', 'clientShares', 'resonatorsShare', 'roundingOff'] as const;
const DOMAIN_PHASE_NAMES: Readonly<Record<Language, readonly string[]>> = {
  en: [
    'The client sets the intention',
    'The client chooses resonators',
    'Wordless phase',
    'Orientation phase',
    'The client shares the experience',
    'The resonators share',
    'Rounding off',
  ],
  nb: [
    'Klienten setter intensjonen',
    'Klienten velger resonansgivere',
    'Ordløs fase',
    'Orienteringsfase',
    'Klienten deler opplevelsen',
    'Resonansgiverne deler',
    'Avrunding',
  ],
  nn: [
    'Klienten set intensjonen',
    'Klienten vel resonansgivarar',
    'Ordlaus fase',
    'Orienteringsfase',
    'Klienten deler opplevinga',
    'Resonansgivarane deler',
    'Avrunding',
  ],
  da: [
    'Klienten sætter intentionen',
    'Klienten vælger resonansgivere',
    'Ordløs fase',
    'Orienteringsfase',
    'Klienten deler sin oplevelse',
    'Resonansgiverne deler',
    'Afrunding',
  ],
  de: [
    'Das Anliegen formulieren',
    'Resonanzgeber wählen',
    'Wortlose Phase',
    'Orientierungsphase',
    'Eigenes Erleben schildern',
    'Die Resonanzgeber berichten',
    'Abschluss',
  ],
};
/**
 * Words that read meaning into a picture or judge it, in the five languages: "carries the
 * meaning", a "resolution" picture, linking to the client's life in RTT's integration step.
 */
const READING_A_PICTURE =
  /meaning|betydning|meining|Bedeutung|resolution|løsning|løysing|Lösung|linked to the client|knyttes til klientens liv|knytt til livet|kobles til klientens liv|mit dem Leben/i;

const DOMAIN_COLUMNS: readonly Language[] = ['en', 'nb', 'nn', 'da', 'de'];
const DOMAIN_MD = fileURLToPath(new URL('../../../shared/DOMAIN.md', import.meta.url));

/** The cells of each row of the first markdown table after a heading, without the header and its rule. */
function tableRows(markdown: string, heading: string): string[][] {
  const section = markdown.split(new RegExp(`^## ${heading}\\s*$`, 'm'))[1]?.split(/^## /m)[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .slice(2)
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
}

/**
 * docs/glossary.md, the words a practitioner would use: for each term its catalogue key and
 * its word in every language, and the words each language avoids.
 */
const GLOSSARY = readFileSync(fileURLToPath(new URL('../../docs/glossary.md', import.meta.url)), 'utf8');
const GLOSSARY_COLUMNS: readonly Language[] = ['en', 'nb', 'nn', 'da', 'de'];
const GLOSSARY_TERMS = tableRows(GLOSSARY, 'Terms').map(([concept = '', key = '', ...words]) => ({
  concept,
  key: key.replace(/`/g, ''),
  words: Object.fromEntries(GLOSSARY_COLUMNS.map((language, column) => [language, words[column] ?? ''])) as Record<Language, string>,
}));
const GLOSSARY_AVOIDED = tableRows(GLOSSARY, 'Words each language avoids').map(([language = '', word = '', because = '']) => {
  // A cell written `/…/` is a pattern; any other is a word, found in any case.
  const pattern = /^`\/(.*)\/`$/.exec(word)?.[1];
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return { language, word, because, matches: new RegExp(pattern ?? escaped, pattern ? 'u' : 'iu') };
});

const english = CATALOGUES.en;
const englishLeaves = leaves(english);

describe.each(LANGUAGES.map((language) => ({ language })))('the $language catalogue', ({ language }) => {
  const catalogue = CATALOGUES[language];

  it('has exactly the keys of the English one, at every depth', () => {
    const ours = new Set(paths(catalogue));
    const theirs = new Set(paths(english));
    const missing = [...theirs].filter((path) => !ours.has(path));
    const extra = [...ours].filter((path) => !theirs.has(path));
    // Report a missing subtree by its top path only, not each of its leaves again.
    const missingTops = missing.filter((path) => !missing.some((other) => path.startsWith(`${other}.`)));
    const extraTops = extra.filter((path) => !extra.some((other) => path.startsWith(`${other}.`)));
    expectNone([...missingTops.map((path) => `missing: ${path}`), ...extraTops.map((path) => `extra: ${path}`)], `keys of ${language} compared with en`);
  });

  it('has a non-empty string wherever English has a string', () => {
    const bad = englishLeaves
      .filter(({ value }) => typeof value === 'string')
      .map(({ path }) => ({ path, value: valueAt(catalogue, path) }))
      .filter(({ value }) => typeof value !== 'string' || value.trim() === '')
      .map(({ path, value }) => `${path} = ${JSON.stringify(value)}`);
    expectNone(bad, `empty or non-string entries in ${language}`);
  });

  it('uses the same {{placeholders}} in each string as English', () => {
    const bad = englishLeaves.flatMap(({ path, value }) => {
      const ours = valueAt(catalogue, path);
      if (typeof value !== 'string' || typeof ours !== 'string') return [];
      const want = placeholders(value).join(', ');
      const got = placeholders(ours).join(', ');
      return want === got ? [] : [`${path}: en has {${want}}, ${language} has {${got}}`];
    });
    expectNone(bad, `placeholders in ${language}`);
  });

  it('has lists as long as the English ones', () => {
    const bad = arrays(english).flatMap(({ path, length }) => {
      const ours = valueAt(catalogue, path);
      if (!Array.isArray(ours)) return [`${path}: not a list`];
      return ours.length === length ? [] : [`${path}: en has ${length}, ${language} has ${ours.length}`];
    });
    expectNone(bad, `lists in ${language}`);
  });

  // English is the source: only the other languages can have strings left untranslated.
  if (language !== 'en')
    it('leaves no string in English unless the word is the same', () => {
      const allowed = new Set([...SAME_IN_EVERY_LANGUAGE, ...SAME_AS_ENGLISH[language]]);
      const bad = englishLeaves.flatMap(({ path, value }) => {
        const ours = valueAt(catalogue, path);
        if (typeof value !== 'string' || ours !== value || !hasWordsOfItsOwn(value) || allowed.has(value)) return [];
        return [`${path} = ${JSON.stringify(value)}`];
      });
      expectNone(bad, `strings of ${language} still identical to English (translate them, or add them to the allow-list with a reason)`);
    });

  it('never tells in a help line how to read a picture, nor calls the last picture a resolution', () => {
    const helpLines = leaves(catalogue.phaseHelp).map(({ path, value }) => `phaseHelp.${path}: ${String(value)}`);
    const familyNames = leaves(catalogue.phases.family).map(({ path, value }) => `phases.family.${path}: ${String(value)}`);
    expectNone(
      [...helpLines, ...familyNames].filter((line) => READING_A_PICTURE.test(line)),
      `lines of ${language} that interpret a picture (the app shows and records; it never says what a constellation means)`,
    );
  });

  it('uses the word of the glossary for every term, at its key', () => {
    const bad = GLOSSARY_TERMS.flatMap(({ concept, key, words }) => {
      const value = valueAt(catalogue, key);
      const word = words[language];
      if (typeof value !== 'string') return [`${concept}: no string at ${key}`];
      return word !== '' && value.toLocaleLowerCase(language).includes(word.toLocaleLowerCase(language))
        ? []
        : [`${concept}: ${key} = ${JSON.stringify(value)} lacks "${word}"`];
    });
    expectNone(bad, `glossary terms in ${language} (docs/glossary.md)`);
  });

  it('uses none of the words the glossary says this language avoids', () => {
    const avoided = GLOSSARY_AVOIDED.filter((row) => row.language === language);
    const bad = leaves(catalogue).flatMap(({ path, value }) =>
      avoided.filter(({ matches }) => typeof value === 'string' && matches.test(value)).map(({ word, because }) => `${path}: "${word}" (${because})`),
    );
    expectNone(bad, `avoided words in ${language} (docs/glossary.md)`);
  });

  it('names the IoPT phases exactly as DOMAIN.md does', () => {
    const want = Object.fromEntries(IOPT_PHASE_KEYS.map((key, index) => [key, DOMAIN_PHASE_NAMES[language][index]]));
    expect(catalogue.phases.iopt).toEqual(want);
  });
});

describe('the glossary', () => {
  it('has terms for every language and avoided words only for languages the app speaks', () => {
    expect(GLOSSARY_TERMS.length).toBeGreaterThan(20);
    for (const term of GLOSSARY_TERMS) for (const language of GLOSSARY_COLUMNS) expect(term.words[language], `${term.concept} in ${language}`).not.toBe('');
    expect(GLOSSARY_AVOIDED.length).toBeGreaterThan(10);
    for (const row of GLOSSARY_AVOIDED) expect(LANGUAGES, row.word).toContain(row.language);
  });
});

describe('the copy of the phase names', () => {
  // The steering folder with DOMAIN.md sits beside every checkout here and in CI; a lone copy
  // of the repository elsewhere has only the copy above to go by.
  it.skipIf(!existsSync(DOMAIN_MD))('matches the table "Phase names" in DOMAIN.md', () => {
    const text = readFileSync(DOMAIN_MD, 'utf8');
    const section = text.split(/^## Phase names\s*$/m)[1]?.split(/^## /m)[0] ?? '';
    const rows = section
      .split('\n')
      .filter((line) => /^\|\s*\d+\s*\|/.test(line))
      .map((line) =>
        line
          .split('|')
          .slice(2, -1)
          .map((cell) => cell.trim()),
      );
    expect(rows, 'rows of the table "Phase names"').toHaveLength(IOPT_PHASE_KEYS.length);
    const fromDocument = Object.fromEntries(DOMAIN_COLUMNS.map((language, column) => [language, rows.map((row) => row[column])]));
    expect(fromDocument).toEqual(DOMAIN_PHASE_NAMES);
  });
});
