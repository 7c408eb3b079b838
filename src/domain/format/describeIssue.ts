import type * as v from 'valibot';
import { firstOutOfTimeOrder } from '../recording/recording';

/** Plain English for the first problem valibot found in a file: `path: what is wrong`. */

const TYPE_NAMES: Readonly<Record<string, string>> = {
  number: 'a number',
  string: 'a text (a JSON string)',
  boolean: 'true or false',
  object: 'an object',
  strict_object: 'an object',
  record: 'an object',
  array: 'a list (a JSON array)',
};

export function clip(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `path: what is wrong`; `prefix` is the path of the part that was checked, e.g. `sessions.3`. */
export function describeIssue(issue: v.BaseIssue<unknown> | undefined, prefix = ''): string {
  if (!issue) return 'the file is not a valid Resonans file';
  const path = [prefix, ...(issue.path ?? []).map((item) => segment(item.key))].filter((part) => part !== '').join('.') || 'file';
  return `${path}: ${plainProblem(issue)}`;
}

/** A key as a path shows it: plain when it is a plain word or number, quoted (and clipped) when it could be mistaken. */
export function segment(key: unknown): string {
  const text = typeof key === 'number' ? String(key) : typeof key === 'string' ? key : '?';
  return /^[\w:-]{1,100}$/.test(text) ? text : JSON.stringify(clip(text, 40));
}

function plainProblem(issue: v.BaseIssue<unknown>): string {
  const received = clip(issue.received);
  // valibot writes a choice as `("a" | "b")`.
  const expected = clip((issue.expected ?? '').replace(/^\((.*)\)$/, '$1'), 300);
  const requirement = typeof issue.requirement === 'number' || typeof issue.requirement === 'string' ? String(issue.requirement) : '';
  const units = typeof issue.input === 'string' ? 'characters' : 'items';
  if (issue.kind === 'schema' && issue.input === undefined) return 'is missing';
  switch (issue.type) {
    case 'strict_object':
      if (issue.expected === 'never') return 'is not a field of a Resonans file; the file format does not allow it';
      return `must be an object, but is ${received}`;
    case 'min_value':
      return `must be at least ${requirement}, but is ${received}`;
    case 'max_value':
      return `must be at most ${requirement}, but is ${received}`;
    case 'min_length':
      return requirement === '1' ? 'must not be empty' : `must have at least ${requirement} ${units}, but has ${received}`;
    case 'max_length':
      return `is too long: at most ${requirement} ${units} are allowed, but it has ${received}`;
    case 'finite':
      return `must be a finite number, but is ${received}`;
    case 'integer':
      return `must be a whole number, but is ${received}`;
    case 'literal':
      return `must be ${expected}, but is ${received}`;
    case 'picklist':
    case 'variant':
      return `must be one of ${expected}, but is ${received}`;
    case 'regex':
      return `${issue.message}, but is ${received}`;
    case 'check':
      return `${issue.message}${timeOrderDetail(issue.input)}${issue.input !== null && typeof issue.input !== 'object' ? `, but is ${received}` : ''}`;
    default: {
      const name = TYPE_NAMES[issue.type];
      return name ? `must be ${name}, but is ${received}` : issue.message;
    }
  }
}

/** Where a list of events first goes back in time, if the input is one. */
function timeOrderDetail(input: unknown): string {
  if (!Array.isArray(input) || !input.every((event) => isRecord(event) && typeof event.t === 'number')) return '';
  const events = input as { t: number }[];
  const index = firstOutOfTimeOrder(events);
  return index < 0 ? '' : `: event ${index} has t = ${events[index]?.t}, earlier than the event before it (t = ${events[index - 1]?.t})`;
}
