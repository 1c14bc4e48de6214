/** Served by scripts/vite-plugin-i18n.ts (languageNames): every other language's own name, read at build time. */
declare module 'virtual:sahel-language-names' {
  /** Language code → its `meta.languageName` (null when it has none), or the warning that leaves it out. */
  const names: Record<string, { name: string | null } | { warning: string }>;
  export default names;
}
