import type { LinkError } from './roundLink.ts';
import type { ResultError } from './resultErrors.ts';

/** The i18n key (locales/<lng>/ui.json) of a share error: 'link/corrupt' → 'link.corrupt'. */
export function shareMessageKey(error: LinkError | ResultError): string {
  return error.replace('/', '.');
}
