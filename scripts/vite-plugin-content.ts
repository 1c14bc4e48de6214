import type { Plugin } from 'vite';
import { checkContent } from './content/packs.ts';

/** Stops the build when any content pack fails validation, naming the file and entry of each problem. */
export function contentCheck(): Plugin {
  return {
    name: 'sahel-content-check',
    buildStart() {
      const result = checkContent(process.cwd());
      if (!result.ok) {
        this.error(
          `A content pack is not valid (${result.errors.length} problems; npm run content:check lists them):\n  ${result.errors.join('\n  ')}`,
        );
      }
    },
  };
}
