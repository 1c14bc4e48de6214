/**
 * i18next type options: `ui` keys typed from locales/en/ui.json, so `i18next.t('misspelt')`
 * fails the type check. `questions` and `places` are keyed by data ids, so they stay open.
 */
import 'i18next';
import type enUi from '../../locales/en/ui.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    returnNull: false;
    resources: {
      ui: typeof enUi;
      questions: Record<string, Record<string, unknown>>;
      places: Record<string, string>;
    };
  }
}
