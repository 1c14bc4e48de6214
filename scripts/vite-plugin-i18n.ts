/**
 * Says at build time which translations the game will not show as written: a text whose `{{…}}`
 * placeholders differ from English (the game shows English for it) and a file that is not valid JSON
 * (the game leaves the language out). Warnings, not errors: the game still works, and a translator's
 * half-done language must not stop a build. `npm run i18n:check` gives the full report.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { languageNameOf, parseNamespace } from '../src/i18n/discover.ts';
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

/** Each language's own name (or why it is left out), read at build time: see src/i18n/languageNames.d.ts. */
export const LANGUAGE_NAMES_MODULE = 'virtual:sahel-language-names';
const LANGUAGE_NAMES_RESOLVED = `\0${LANGUAGE_NAMES_MODULE}`;

/**
 * Serves `virtual:sahel-language-names`: for every `locales/<lng>/ui.json` other than English, its
 * `meta.languageName`, or the warning that leaves the language out (not valid JSON). The menu needs
 * only these names, so the first screen never downloads a whole other language to learn "Français".
 */
export function languageNames(localesDir = join(process.cwd(), 'locales')): Plugin {
  return {
    name: 'sahel-language-names',
    resolveId(id) {
      return id === LANGUAGE_NAMES_MODULE ? LANGUAGE_NAMES_RESOLVED : null;
    },
    load(id) {
      if (id !== LANGUAGE_NAMES_RESOLVED) return null;
      this.addWatchFile(localesDir);
      const out: Record<string, { name: string | null } | { warning: string }> = {};
      for (const lng of readdirSync(localesDir, { withFileTypes: true })) {
        if (!lng.isDirectory() || lng.name === 'en') continue;
        const file = join(localesDir, lng.name, 'ui.json');
        if (!existsSync(file)) continue;
        this.addWatchFile(file);
        const r = parseNamespace(`locales/${lng.name}/ui.json`, readFileSync(file, 'utf8'));
        out[lng.name] = r.ok ? { name: languageNameOf(r.data) } : { warning: r.warning };
      }
      return `export default ${JSON.stringify(out)};`;
    },
  };
}
