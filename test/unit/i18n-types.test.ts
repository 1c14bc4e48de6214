import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_TYPES_FILE, placeholderTypesSource } from '../../scripts/i18n/placeholderTypes.ts';

describe('placeholder types for t()', () => {
  it('are up to date with locales/en/ui.json (else run npm run i18n:types)', () => {
    const english = JSON.parse(readFileSync('locales/en/ui.json', 'utf8')) as Record<string, unknown>;
    expect(readFileSync(PLACEHOLDER_TYPES_FILE, 'utf8')).toBe(placeholderTypesSource(english));
  });

  it('keep each text with placeholders as the placeholders alone, and leave out texts without any', () => {
    const source = placeholderTypesSource({
      a: { plain: 'No variables', count_one: 'One {{count}}', mixed: "It's {{name}} at {{time, datetime}}" },
      b: { plain: 'Nothing' },
    });
    expect(source).toContain("count_one: '{{count}}';");
    expect(source).toContain("mixed: '{{name}}{{time, datetime}}';");
    expect(source).not.toContain('plain');
    expect(source).not.toMatch(/\bb: \{/);
  });
});
