/**
 * Says at build time which translations the game will not show as written: a text whose `{{…}}`
 * placeholders differ from English (the game shows English for it) and a file that is not valid JSON
 * (the game leaves the language out). Warnings, not errors: the game still works, and a translator's
 * half-done language must not stop a build. `npm run i18n:check` gives the full report.
 */
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { checkLocales } from './i18n/check.ts';
import { addPackTexts, readAllowList, readLocaleTree } from './i18n/readTree.ts';

/** One line per text or file the game will not show as written, naming file and key. */
export function translationWarnings(localesDir: string): string[] {
  const tree = addPackTexts(readLocaleTree(localesDir), join(dirname(localesDir), 'content'));
  const report = checkLocales(tree, { sameAsEnglish: readAllowList(localesDir).list });
  const out: string[] = [];
  for (const l of report.languages)
    for (const i of l.issues) {
      const where = i.file?.startsWith('content/')
        ? i.file.replace('{lng}', l.lang)
        : `locales/${l.lang}/${i.file ?? ''}`;
      if (i.kind === 'placeholder-mismatch')
        out.push(`${where}: ${i.key}: ${i.message} Until then the game shows the English text for it.`);
      else if (i.kind === 'invalid-json')
        out.push(`${where}: ${i.message}. Until then the game leaves this language out.`);
    }
  return out;
}

export function translationCheck(localesDir = join(process.cwd(), 'locales')): Plugin {
  return {
    name: 'sahel-translation-check',
    buildStart() {
      for (const w of translationWarnings(localesDir)) this.warn(w);
    },
  };
}
