/** The words of this area in Norwegian nynorsk; what the area is, and its keys, are in ./en.ts. */
export const boardMessages = {
  resetView: 'Tilbakestill visinga',
  resetViewHint: 'Tilbake til rommet slik det vart vist ved start',
} as const;
