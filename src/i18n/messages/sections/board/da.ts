/** The words of this area in Danish; what the area is, and its keys, are in ./en.ts. */
export const boardMessages = {
  resetView: 'Nulstil visning',
  resetViewHint: 'Tilbage til rummet, som det blev vist ved start',
} as const;
