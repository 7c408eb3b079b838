/** A report's file name says what it is without saying who: like pictures and session files, a day and a short part of the id. */
export function reportFileName(sessionId: string, at: number): string {
  const day = new Date(at).toISOString().slice(0, 10);
  const tag = sessionId.replace(/[^a-zA-Z0-9]/g, '').slice(0, 8);
  return `resonans-report-${day}${tag ? `-${tag}` : ''}.pdf`;
}
