/** Served by scripts/vite-plugin-content.ts: every shipped pack without its questions or texts. */
declare module 'virtual:sahel-pack-index' {
  import type { PackMeta } from './core/content/pack.ts';
  const index: {
    id: string;
    meta: PackMeta;
    /** How many facts it asks about (for the student's progress in it). */
    factCount: number;
    /** Language → its title (texts/<lng>.json → _pack.title). */
    titles: Record<string, string>;
  }[];
  export default index;
}
