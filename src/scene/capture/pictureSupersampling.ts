/** How many times a picture's width and height the room draws it at, before it is scaled down to its size. */
export const SUPERSAMPLING = 2;
/** Beyond this a drawing buffer takes more memory than a weak device has to spare, and a picture that large has small edges anyway. */
export const SUPERSAMPLED_MAX_PX = 4096;

/**
 * Where the room draws without multisampling (a software renderer), a picture is drawn at twice
 * its size and scaled down, so its edges are as smooth as a multisampled room's. A picture wider
 * or taller than 2048 pixels, or one from a room that multisamples, is drawn at its size.
 */
export function pictureSupersampling(request: { readonly widthPx: number; readonly heightPx: number }, multisampled: boolean): number {
  if (multisampled || Math.max(request.widthPx, request.heightPx) * SUPERSAMPLING > SUPERSAMPLED_MAX_PX) return 1;
  return SUPERSAMPLING;
}
