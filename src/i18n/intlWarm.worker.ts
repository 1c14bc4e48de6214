/**
 * Web Worker: makes one of each Intl formatter the game uses, for the languages it may show, and
 * posts once when done. The engine's locale data (ICU) is shared by the page's threads: loaded
 * here, the main thread's first `new Intl.NumberFormat` costs a millisecond instead of a task of
 * 70–140 ms on a slow phone (issue 20). See warmIntl.ts.
 */
self.onmessage = (event: MessageEvent<unknown>) => {
  const asked = Array.isArray(event.data) ? event.data.filter((x): x is string => typeof x === 'string') : [];
  for (const lng of asked) {
    try {
      new Intl.NumberFormat(lng).format(1234.5);
      new Intl.NumberFormat(lng, { style: 'percent', maximumFractionDigits: 0 }).format(0.5);
      new Intl.PluralRules(lng).select(2);
      new Intl.DateTimeFormat(lng, { dateStyle: 'long' }).format(0);
      new Intl.Collator(lng).compare('a', 'b');
    } catch {
      // Not a locale this browser knows: the page falls back as it always did.
    }
  }
  (self as unknown as Worker).postMessage('warm');
};
