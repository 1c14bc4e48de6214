/**
 * How much of a class list is read. Its own module so the stored record (./record.ts, in the first
 * download) does not pull in the CSV reader (./parse.ts and papaparse, loaded with Class results).
 */
export const CLASS_LIST_LIMITS = { maxBytes: 512 * 1024, maxNames: 1000, maxNameChars: 80 } as const;
