import { describe, expect, test } from 'vitest';
import { BUILD_TARGET, checkCss, CSS_FEATURES, SUPPORTED, unsupportedFeatures } from '../../scripts/browser-support.ts';

describe('the CSS check for supported browsers', () => {
  test('catches each too-new feature in a minified sheet', () => {
    const samples: Record<string, string> = {
      'CSS nesting (&)': '.a{color:red;&:hover{color:blue}}',
      ':has()': '.card:has(.x){gap:1rem}',
      '@scope': '@scope (.card){p{margin:0}}',
      '@starting-style': '@starting-style{.a{opacity:0}}',
      'anchor positioning': '.tip{position-anchor:--x;top:anchor(bottom)}',
      'text-wrap: balance': 'h1{text-wrap:balance}',
      'field-sizing': 'textarea{field-sizing:content}',
      'light-dark()': ':root{color:light-dark(#000,#fff)}',
      '@property': '@property --x{syntax:"<length>";inherits:false;initial-value:0}',
      'lh / rlh units': 'p{margin:1lh}',
    };
    for (const [name, css] of Object.entries(samples)) {
      expect(
        checkCss(css).map((p) => p.feature),
        name,
      ).toContain(name);
    }
    expect(checkCss('h1{text-wrap:balance}')[0]?.lacking).toEqual([
      'Safari 16.4 (needs 17.5)',
      'Firefox 115 (needs 121)',
    ]);
  });

  test('lets through what Safari 16.4 and Firefox 115 both support, and ignores strings and comments', () => {
    const fine =
      '.a{height:100dvh;color:color-mix(in srgb,red 50%,blue);inset:0}@container (min-width:30em){.b{gap:1rem}}' +
      '@layer base{.c{aspect-ratio:1}}:is(.d,.e){margin:0}@media (width>=600px){.f{display:grid}}' +
      '/* & :has( text-wrap:balance */.g::after{content:"&:has(x)"}.h{background:url(a&b.png)}';
    expect(checkCss(fine)).toEqual([]);
  });

  test('lets through a feature a browser without it skips with the page unchanged, and only such features', () => {
    expect(checkCss('.review-body{content-visibility:auto;contain-intrinsic-block-size:auto 6rem}')).toEqual([]);
    // The same sheet is caught once the feature is not marked harmless where missing.
    const strict = CSS_FEATURES.map(({ withoutIt: _, ...f }) => f);
    expect(checkCss('.review-body{content-visibility:auto}', strict).map((p) => p.feature)).toEqual([
      'content-visibility',
    ]);
    expect(CSS_FEATURES.filter((f) => f.withoutIt).map((f) => f.name)).toEqual(['content-visibility']);
  });

  test('every listed feature is newer than some supported browser, and the build targets the same floor', () => {
    expect(unsupportedFeatures().length).toBe(CSS_FEATURES.length);
    expect(BUILD_TARGET).toContain(`safari${SUPPORTED.safari}`);
    expect(BUILD_TARGET).toContain(`firefox${SUPPORTED.firefox}`);
  });
});
