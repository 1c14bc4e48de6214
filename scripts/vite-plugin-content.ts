import type { Plugin } from 'vite';
import { checkContent } from './content/check.ts';

/** Stops the build when the content pack fails validation, naming each broken entry. */
export function contentCheck(): Plugin {
  return {
    name: 'sahel-content-check',
    buildStart() {
      const result = checkContent(process.cwd());
      if (!result.ok) {
        this.error(
          `The content pack is not valid (${result.errors.length} problems):\n  ${result.errors.join('\n  ')}`,
        );
      }
    },
  };
}
