// troika-three-text ships no types; this is the one function the app calls.
declare module 'troika-three-text' {
  export function configureTextBuilder(config: { useWorker?: boolean; sdfGlyphSize?: number; defaultFontURL?: string | null }): void;
}
