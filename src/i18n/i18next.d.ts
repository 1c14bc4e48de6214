/**
 * i18next type options: the `ui` namespace typed from locales/en/ui.json, with each text's `{{…}}`
 * placeholders laid over it as string literals (./uiPlaceholders.generated.ts, `npm run i18n:types`).
 * The app's `t()` (./index.ts) takes its keys and variables from here (./keys.ts), so a misspelt key
 * or a variable the text does not have fails the type check. `questions` (pack texts) and `places`
 * are keyed by data ids, so they stay open; they are read through packText() and placeText().
 */
import 'i18next';
import type enUi from '../../locales/en/ui.json';
import type { UiPlaceholders } from './uiPlaceholders.generated.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    returnNull: false;
    resources: {
      ui: typeof enUi & UiPlaceholders;
      questions: Record<string, Record<string, unknown>>;
      places: Record<string, string>;
    };
  }
}
