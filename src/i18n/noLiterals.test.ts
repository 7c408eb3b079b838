// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * A user-visible string must come from the i18n catalogue, so that every screen speaks the
 * therapist's language. This test reads the components as source (TypeScript's parser, no
 * rendering) and lists every piece of text written into the markup directly:
 *
 * (a) JSX text with a letter in it (`<p>Hello</p>`, and the same written as `<p>{'Hello'}</p>`);
 *     whitespace, punctuation and numbers are fine (`{' · '}`, `&nbsp;`);
 * (b) a string with a letter given directly to an attribute a person reads or hears
 *     (`aria-label="Close"`, `title={'Close'}`, `placeholder={`Name`}`, or one branch of
 *     `cond ? 'Yes' : t('no')`).
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FOLDERS = ['src/ui', 'src/app', 'src/scene'];
const READ_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label', 'aria-valuetext', 'aria-description']);

/** Entities like `&nbsp;` or `&times;` are spelt with letters but show none. */
const withoutEntities = (text: string): string => text.replace(/&(?:[a-z]+|#\d+|#x[0-9a-f]+);/gi, ' ');
const hasLetter = (text: string): boolean => /\p{L}/u.test(withoutEntities(text));

function componentFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return componentFiles(path);
    return entry.name.endsWith('.tsx') && !/\.(test|spec)\.tsx$/.test(entry.name) ? [path] : [];
  });
}

/** The string literals an attribute's value may end up as, looking through parentheses, `?:`, `??`, `||` and `&&`. */
function literalTexts(node: ts.Node): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].filter((text) => text.trim() !== '');
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) return literalTexts(node.expression);
  if (ts.isConditionalExpression(node)) return [...literalTexts(node.whenTrue), ...literalTexts(node.whenFalse)];
  if (ts.isBinaryExpression(node)) {
    const kind = node.operatorToken.kind;
    if (kind === ts.SyntaxKind.QuestionQuestionToken || kind === ts.SyntaxKind.BarBarToken) return [...literalTexts(node.left), ...literalTexts(node.right)];
    if (kind === ts.SyntaxKind.AmpersandAmpersandToken) return literalTexts(node.right);
  }
  return [];
}

const oneLine = (text: string): string => JSON.stringify(text.replace(/\s+/g, ' ').trim());

function literalsIn(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const where = (node: ts.Node) => `${relative(ROOT, path).split('\\').join('/')}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && hasLetter(node.text)) {
      found.push(`${where(node)} text ${oneLine(node.text)}`);
    } else if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      for (const text of literalTexts(node.expression)) {
        if (hasLetter(text)) found.push(`${where(node)} text ${oneLine(text)}`);
      }
    } else if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(source)) && node.initializer) {
      const value = ts.isJsxExpression(node.initializer) ? node.initializer.expression : node.initializer;
      for (const text of value ? literalTexts(value) : []) {
        if (hasLetter(text)) found.push(`${where(node)} ${node.name.getText(source)}=${oneLine(text)}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('user-visible words in the components', () => {
  const files = FOLDERS.flatMap((folder) => componentFiles(join(ROOT, folder)));

  it('finds the components to read', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('come from the i18n catalogue, never from a literal in the markup', () => {
    const found = files.flatMap(literalsIn);
    expect(found, `user-visible literals (put them in src/i18n/messages and use t()):\n  ${found.join('\n  ')}\n`).toEqual([]);
  });
});
