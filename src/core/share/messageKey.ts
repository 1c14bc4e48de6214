import type { LinkError } from './roundLinkRead.ts';
import type { ResultError } from './resultErrors.ts';

/** Messages added later live in their own section of ui.json (keep.*). */
const IN_KEEP: readonly string[] = ['link/not_link', 'link/incomplete', 'result/not_code', 'result/damaged'];

/** The i18n key (locales/<lng>/ui.json) of a share error: 'link/corrupt' → 'link.corrupt'. */
export function shareMessageKey(error: LinkError | ResultError): string {
  const key = error.replace('/', '.');
  return IN_KEEP.includes(error) ? `keep.${key}` : key;
}
