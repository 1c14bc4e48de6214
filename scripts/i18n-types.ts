/** npm run i18n:types: rewrites src/i18n/uiPlaceholders.generated.ts after the English UI texts change. */
import { readFileSync, writeFileSync } from 'node:fs';
import { PLACEHOLDER_TYPES_FILE, placeholderTypesSource } from './i18n/placeholderTypes.ts';

writeFileSync(PLACEHOLDER_TYPES_FILE, placeholderTypesSource(JSON.parse(readFileSync('locales/en/ui.json', 'utf8'))));
console.log(`wrote ${PLACEHOLDER_TYPES_FILE}`);
