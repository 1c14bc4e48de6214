import { fileStem } from '../core/fold.ts';

/** Saves text as a file the person downloads (no server: a Blob URL, revoked once used). */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name made from plain text a person typed: letters and digits kept, the rest made '-'. */
export function safeFileName(text: string, fallback: string): string {
  return fileStem(text, true) || fallback;
}
