/**
 * Branded numbers and ids: the compiler keeps metres, degrees, milliseconds and
 * the ids of different records apart, at no runtime cost.
 * (The idea comes from theatre.js `Nominal.ts` and excalidraw's math types.)
 */
declare const brand: unique symbol;
export type Brand<T, Name extends string> = T & { readonly [brand]: Name };

/** A length on the floor, in metres. */
export type Metres = Brand<number, 'Metres'>;
/** An angle in degrees; facing is 0° toward the back of the room, clockwise seen from above. */
export type Degrees = Brand<number, 'Degrees'>;
/** A duration or a session time, in milliseconds. */
export type Millis = Brand<number, 'Millis'>;
/** A moment on the wall clock, in milliseconds since the Unix epoch. */
export type EpochMillis = Brand<number, 'EpochMillis'>;

export const metres = (value: number): Metres => value as Metres;
export const degrees = (value: number): Degrees => value as Degrees;
export const millis = (value: number): Millis => value as Millis;
export const epochMillis = (value: number): EpochMillis => value as EpochMillis;
