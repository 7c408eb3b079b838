import { cleanLabel, type FigureSize } from './figure';

/**
 * A person or part of the system as the client names it before a family constellation is set
 * up (seed 001): a role name, an age group (the family board's figure sizes) and whether the
 * person has died. Each becomes a person figure the client then places.
 */
export interface PersonToPlace {
  readonly role: string;
  readonly size: FigureSize;
  readonly deceased: boolean;
}

/** Enough for several generations; the room takes more by "Add figure". */
export const MAX_PEOPLE_AT_START = 40;

/**
 * The list with one more person at its end, the role cleaned as any label is; a role left empty
 * is given by `unnamed` (numbered in the list's order), so nothing the therapist typed is lost
 * and no figure is nameless.
 */
export function withPerson(people: readonly PersonToPlace[], person: PersonToPlace, unnamed: (number: number) => string): PersonToPlace[] {
  if (people.length >= MAX_PEOPLE_AT_START) return [...people];
  const role = cleanLabel(person.role) || cleanLabel(unnamed(people.length + 1));
  return [...people, { ...person, role }];
}

export function withoutPerson(people: readonly PersonToPlace[], index: number): PersonToPlace[] {
  return people.filter((_, i) => i !== index);
}
