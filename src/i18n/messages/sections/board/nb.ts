/** The words of this area in Norwegian bokmål; what the area is, and its keys, are in ./en.ts. */
export const boardMessages = {
  resetView: 'Tilbakestill visning',
  resetViewHint: 'Tilbake til rommet slik det ble vist ved start',
} as const;
