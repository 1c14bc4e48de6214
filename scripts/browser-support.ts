/**
 * Which browsers the game supports, in one place: Vite's build target (JavaScript syntax and CSS
 * lowering) comes from BUILD_TARGET, and test/e2e/browser-support.e2e.ts checks the BUILT CSS
 * against CSS_FEATURES, so a feature newer than the oldest supported browser fails the tests.
 *
 * The floor: Safari 16.4 (iPads a school keeps for years; iPadOS 16.4, March 2023) and Firefox
 * ESR 115 (the oldest ESR computer rooms still run). Chrome/Edge 111 are older than both in features.
 */
export const SUPPORTED = { safari: 16.4, firefox: 115, chrome: 111, edge: 111 } as const;

/** Vite's `build.target` (and so `build.cssTarget`): rolldown/oxc lower JS, Lightning CSS lowers CSS. */
export const BUILD_TARGET: string[] = [
  'es2022',
  `safari${SUPPORTED.safari}`,
  `firefox${SUPPORTED.firefox}`,
  `chrome${SUPPORTED.chrome}`,
  `edge${SUPPORTED.edge}`,
];

export interface CssFeature {
  name: string;
  /** Matches the feature in minified CSS (comments and strings removed first). */
  pattern: RegExp;
  /** First version that supports it (MDN browser-compat-data / caniuse); null: not shipped yet. */
  safari: number | null;
  firefox: number | null;
  /**
   * Set only for a feature a browser that lacks it simply skips, with the page the same (only slower):
   * what it does there. Such a feature may be used; every other one may not.
   */
  withoutIt?: string;
}

/**
 * CSS features newer than some supported browser: data, one line each. A feature the floor
 * supports (e.g. `:has()` in Safari 15.4, `dvh` in 15.4, `color-mix()` in 16.2) is listed only when
 * Firefox 115 lacks it. Add a line when the game starts to use something new.
 */
export const CSS_FEATURES: CssFeature[] = [
  { name: 'CSS nesting (&)', pattern: /&/, safari: 16.5, firefox: 117 },
  { name: ':has()', pattern: /:has\(/, safari: 15.4, firefox: 121 },
  { name: '@scope', pattern: /@scope\b/, safari: 17.4, firefox: 146 },
  { name: '@starting-style', pattern: /@starting-style\b/, safari: 17.5, firefox: 129 },
  {
    name: 'anchor positioning',
    pattern: /\b(anchor-name|position-anchor|position-area|position-try[\w-]*)\s*:|\banchor(-size)?\(/,
    safari: 26,
    firefox: null,
  },
  { name: 'text-wrap: balance', pattern: /text-wrap(-style)?\s*:\s*balance/, safari: 17.5, firefox: 121 },
  { name: 'text-wrap: pretty', pattern: /text-wrap(-style)?\s*:\s*pretty/, safari: 26, firefox: null },
  { name: 'field-sizing', pattern: /\bfield-sizing\s*:/, safari: 26.2, firefox: null },
  { name: 'light-dark()', pattern: /\blight-dark\(/, safari: 17.5, firefox: 120 },
  { name: '@property', pattern: /@property\b/, safari: 16.4, firefox: 128 },
  { name: 'container style queries', pattern: /@container[^{]*\bstyle\(/, safari: 18, firefox: null },
  {
    name: 'transition-behavior / allow-discrete',
    pattern: /transition-behavior|allow-discrete/,
    safari: 17.4,
    firefox: 129,
  },
  {
    name: 'content-visibility',
    pattern: /\bcontent-visibility\s*:/,
    safari: 18,
    firefox: 125,
    withoutIt: 'an unknown property, dropped: everything is styled and laid out, as the page did before using it',
  },
  {
    name: 'view transitions',
    pattern: /@view-transition\b|view-transition-name\s*:|::view-transition/,
    safari: 18,
    firefox: 144,
  },
  { name: 'scrollbar-width', pattern: /\bscrollbar-width\s*:/, safari: 18.2, firefox: 64 },
  { name: 'scrollbar-color', pattern: /\bscrollbar-color\s*:/, safari: null, firefox: 64 },
  { name: 'linear() easing', pattern: /(^|[\s:,])linear\(/, safari: 17.2, firefox: 112 },
  { name: 'lh / rlh units', pattern: /\d(r?lh)\b/, safari: 16.4, firefox: 120 },
  { name: 'zoom', pattern: /(^|[;{])zoom\s*:/, safari: 3.1, firefox: 126 },
  { name: '@media (scripting)', pattern: /\(\s*scripting\b/, safari: 17, firefox: 113 },
  { name: 'text-box-trim', pattern: /\btext-box(-trim|-edge)?\s*:/, safari: 18.2, firefox: null },
  { name: 'interpolate-size / calc-size()', pattern: /interpolate-size|calc-size\(/, safari: null, firefox: null },
  { name: ':user-valid / :user-invalid', pattern: /:user-(in)?valid\b/, safari: 16.5, firefox: 88 },
  { name: 'popover pseudo-class', pattern: /:popover-open\b/, safari: 17, firefox: 125 },
  { name: 'custom state :state()', pattern: /:state\(/, safari: 17.4, firefox: 126 },
  {
    name: 'if() / sibling-index() / contrast-color()',
    pattern: /\b(if|sibling-index|sibling-count|contrast-color)\(/,
    safari: null,
    firefox: null,
  },
];

/** True when a browser at `version` lacks a feature first shipped in `since`. */
function tooNew(since: number | null, version: number): boolean {
  return since === null || since > version;
}

/** Features of the list a supported browser lacks. */
export function unsupportedFeatures(features: readonly CssFeature[] = CSS_FEATURES): CssFeature[] {
  return features.filter((f) => tooNew(f.safari, SUPPORTED.safari) || tooNew(f.firefox, SUPPORTED.firefox));
}

/** Removes comments, strings and url(...) bodies so patterns see only syntax. */
export function cssSyntaxOnly(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/url\((?:"[^"]*"|'[^']*'|[^)]*)\)/g, 'url()')
    .replace(/"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'/g, '""');
}

export interface CssProblem {
  feature: string;
  /** Which supported browser lacks it, e.g. "Safari 16.4 (needs 17.5)". */
  lacking: string[];
  /** The text around the first match, to find it. */
  excerpt: string;
}

/** Every too-new feature found in a stylesheet. */
export function checkCss(css: string, features: readonly CssFeature[] = CSS_FEATURES): CssProblem[] {
  const text = cssSyntaxOnly(css);
  const problems: CssProblem[] = [];
  for (const f of unsupportedFeatures(features)) {
    if (f.withoutIt) continue;
    const m = f.pattern.exec(text);
    if (!m) continue;
    const lacking: string[] = [];
    if (tooNew(f.safari, SUPPORTED.safari))
      lacking.push(`Safari ${SUPPORTED.safari} (needs ${f.safari ?? 'unshipped'})`);
    if (tooNew(f.firefox, SUPPORTED.firefox))
      lacking.push(`Firefox ${SUPPORTED.firefox} (needs ${f.firefox ?? 'unshipped'})`);
    problems.push({ feature: f.name, lacking, excerpt: text.slice(Math.max(0, m.index - 40), m.index + 40) });
  }
  return problems;
}
