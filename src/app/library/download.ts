import { fileExtension } from '../../domain/format/resonansFile';

/** Hands a file to the browser's own download; nothing is sent anywhere. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download a moment to start before the address is let go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * A file name that says what it is without saying who: the kind, the day of export and a short
 * part of the id. A supervision copy's name holds no date, since its day could date the session.
 */
export function exportFileName(kind: 'session' | 'supervision' | 'backup', id: string, at: number, isProtected = false): string {
  const day = kind === 'supervision' ? '' : `-${new Date(at).toISOString().slice(0, 10)}`;
  const tag = kind === 'backup' ? '' : `-${id.replace(/[^a-zA-Z0-9]/g, '').slice(0, 8)}`;
  return `resonans-${kind}${day}${tag}${fileExtension(isProtected)}`;
}
