/**
 * A picture's or video's file name says what it is without saying who: the kind, the day it
 * was made and a short part of the session's id, like the session files.
 */
export function mediaFileName(kind: 'picture' | 'video', sessionId: string, at: number, extension: string): string {
  const day = new Date(at).toISOString().slice(0, 10);
  const tag = sessionId.replace(/[^a-zA-Z0-9]/g, '').slice(0, 8);
  return `resonans-${kind}-${day}${tag ? `-${tag}` : ''}.${extension}`;
}
