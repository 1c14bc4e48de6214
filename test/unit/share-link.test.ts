import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { encode as encodeQr } from 'uqr';
import { describe, expect, it } from 'vitest';
import { validateAssignment, type Assignment } from '../../src/core/share/assignment.ts';
import { toBase64url } from '../../src/core/share/base64url.ts';
import { LINK_ERRORS, LINK_LIMITS, decodeAssignment, encodeAssignment } from '../../src/core/share/roundLink.ts';
import type { PackRef } from '../../src/core/share/packRef.ts';
import { assignmentArb, questionIds, shareRef } from '../fixtures/share-pack.ts';

const round: Assignment = {
  v: 1,
  title: 'Niger, July 2023 — the coup',
  questionIds: questionIds.slice(5, 25),
  timeLimitMs: 20_000,
  allowTimeChange: true,
  language: 'fr',
  shuffle: true,
  explainDuringRound: false,
};

/** Anything decodeAssignment gives back is either its own error or a valid assignment on the pack. */
function expectWellFormed(result: ReturnType<typeof decodeAssignment>, pack: PackRef = shareRef): void {
  if (result.ok) {
    expect(validateAssignment(result.value)).toEqual(result.value);
    for (const id of result.value.questionIds) expect(pack.questionIds).toContain(id);
  } else {
    expect(LINK_ERRORS).toContain(result.error);
  }
}

describe('round link', () => {
  it('round-trips every valid assignment through a URL-safe payload', () => {
    fc.assert(
      fc.property(assignmentArb, (a) => {
        const s = encodeAssignment(a, shareRef);
        expect(s).toMatch(/^[A-Za-z0-9_-]+$/);
        expect(decodeAssignment(s, shareRef)).toEqual({ ok: true, value: a });
      }),
    );
  });

  it('tolerates a leading # and spaces from copy and paste', () => {
    const s = encodeAssignment(round, shareRef);
    expect(decodeAssignment(`  #${s}\n`, shareRef)).toEqual({ ok: true, value: round });
  });

  it('keeps a title with HTML as plain text', () => {
    const a = { ...round, title: '<b>Quiz</b> <script>alert(1)</script>' };
    expect(decodeAssignment(encodeAssignment(a, shareRef), shareRef)).toEqual({ ok: true, value: a });
  });

  it('refuses to encode an invalid round or one with questions outside the pack', () => {
    expect(() => encodeAssignment({ ...round, questionIds: [] }, shareRef)).toThrow(RangeError);
    expect(() => encodeAssignment({ ...round, questionIds: ['not-in-pack'] }, shareRef)).toThrow(RangeError);
  });

  it('names what is wrong with a bad link', () => {
    const s = encodeAssignment(round, shareRef);
    expect(decodeAssignment('', shareRef)).toEqual({ ok: false, error: 'link/empty' });
    expect(decodeAssignment(' # ', shareRef)).toEqual({ ok: false, error: 'link/empty' });
    expect(decodeAssignment(s + '%20', shareRef)).toEqual({ ok: false, error: 'link/bad_encoding' });
    expect(decodeAssignment('2' + s.slice(1), shareRef)).toEqual({ ok: false, error: 'link/bad_version' });
    expect(decodeAssignment(s.slice(0, -6), shareRef)).toMatchObject({ ok: false });
    expect(decodeAssignment(s.slice(0, 20), shareRef)).toMatchObject({ ok: false });
  });

  it('says a text that is not a round link is not one, and never blames a newer version for it', () => {
    for (const garbage of ['garbage', 'hello', 'abc123', 'r', '0000', 'x'.repeat(40)])
      expect(decodeAssignment(garbage, shareRef)).toEqual({ ok: false, error: 'link/not_link' });
    // Only a version number above this one means "made by a newer version".
    for (const v of '23456789')
      expect(decodeAssignment(v + 'AAAA', shareRef)).toEqual({ ok: false, error: 'link/bad_version' });
  });

  it('says a link cut short is incomplete, wherever it was cut', () => {
    const s = encodeAssignment(round, shareRef);
    for (let cut = 2; cut < s.length; cut++)
      expect(decodeAssignment(s.slice(0, cut), shareRef)).toEqual({ ok: false, error: 'link/incomplete' });
  });

  it('catches a damaged payload with its checksum', () => {
    // An undeflated payload (one question, empty title), so a flipped byte lands in the fields, not the compressor.
    const small: Assignment = {
      ...round,
      title: '',
      questionIds: [questionIds[3] as string],
      language: null,
      timeLimitMs: null,
    };
    const s = encodeAssignment(small, shareRef);
    const i = 12;
    const flipped = s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
    expect(decodeAssignment(flipped, shareRef)).toEqual({ ok: false, error: 'link/incomplete' });
  });

  it('recognises a link from another bank or another version of this bank', () => {
    const s = encodeAssignment(round, shareRef);
    const other: PackRef = { ...shareRef, id: 'mali-2021' };
    const newer: PackRef = { ...shareRef, version: 4 };
    expect(decodeAssignment(s, other)).toEqual({ ok: false, error: 'link/other_pack' });
    expect(decodeAssignment(s, newer)).toEqual({ ok: false, error: 'link/other_version' });
  });

  it('still reads an old link when the app keeps the old id list, unless its questions were removed', () => {
    const s = encodeAssignment(round, shareRef);
    const reordered: PackRef = { id: shareRef.id, version: 4, questionIds: [...shareRef.questionIds].reverse() };
    expect(decodeAssignment(s, [reordered, shareRef])).toEqual({ ok: true, value: round });
    const removed: PackRef = {
      id: shareRef.id,
      version: 4,
      questionIds: shareRef.questionIds.filter((id) => id !== round.questionIds[0]),
    };
    expect(decodeAssignment(s, [removed, shareRef])).toEqual({ ok: false, error: 'link/unknown_questions' });
  });

  it('reports questions the pack does not have', () => {
    const s = encodeAssignment({ ...round, questionIds: [questionIds[89] as string] }, shareRef);
    const shorter: PackRef = { ...shareRef, questionIds: shareRef.questionIds.slice(0, 50) };
    expect(decodeAssignment(s, shorter)).toEqual({ ok: false, error: 'link/unknown_questions' });
  });

  it('rejects an oversized payload before reading it', () => {
    const huge = '1' + 'A'.repeat(5_000_000);
    const started = performance.now();
    expect(decodeAssignment(huge, shareRef)).toEqual({ ok: false, error: 'link/too_long' });
    expect(decodeAssignment('1' + 'A'.repeat(LINK_LIMITS.maxChars), shareRef)).toEqual({
      ok: false,
      error: 'link/too_long',
    });
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('bounds what a small payload may inflate to (a deflate bomb)', () => {
    const bomb = deflateSync(new Uint8Array(1_000_000), { level: 9 });
    const payload = '1' + toBase64url(new Uint8Array([1, ...bomb]));
    expect(payload.length).toBeLessThan(LINK_LIMITS.maxChars);
    expect(decodeAssignment(payload, shareRef)).toEqual({ ok: false, error: 'link/too_large' });
  });

  it('never throws on random text and returns only its own errors', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.stringMatching(/^1[A-Za-z0-9_-]{0,300}$/)), (s) => {
        expectWellFormed(decodeAssignment(s, shareRef));
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws on damaged valid links, and whatever it accepts is valid', () => {
    const damage = fc.record({
      at: fc.nat(),
      kind: fc.constantFrom('replace', 'delete', 'insert', 'cut'),
      ch: fc.constantFrom(...'AZaz09-_'),
    });
    fc.assert(
      fc.property(assignmentArb, damage, (a, d) => {
        const s = encodeAssignment(a, shareRef);
        const i = d.at % s.length;
        const broken =
          d.kind === 'replace'
            ? s.slice(0, i) + d.ch + s.slice(i + 1)
            : d.kind === 'delete'
              ? s.slice(0, i) + s.slice(i + 1)
              : d.kind === 'insert'
                ? s.slice(0, i) + d.ch + s.slice(i)
                : s.slice(0, i);
        expectWellFormed(decodeAssignment(broken, shareRef));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the largest round still fits a QR code', () => {
  // 60 questions from a bank of 1,000 (two-byte indices), an 80-character title of distinct
  // 4-byte characters (320 bytes that deflate cannot shrink much).
  const bigPack: PackRef = {
    id: 'niger-coup-2023',
    version: 12,
    questionIds: Array.from({ length: 1000 }, (_, i) => `q-${i}`),
  };
  const largest: Assignment = {
    v: 1,
    title: Array.from({ length: 80 }, (_, i) => String.fromCodePoint(0x20000 + ((i * 7919) % 42000))).join(''),
    questionIds: Array.from({ length: 60 }, (_, i) => `q-${(i * 397 + 11) % 1000}`),
    timeLimitMs: 600_000,
    allowTimeChange: true,
    language: 'fr-CA',
    shuffle: true,
    explainDuringRound: true,
  };

  it('stays at most 1,200 characters', () => {
    expect(encodeAssignment(largest, bigPack).length).toBeLessThanOrEqual(1200);
  });

  it('encodes, inside a full URL, as a QR code at medium error correction', () => {
    const url = `https://sahel-quiz.example.org/play/#a=${encodeAssignment(largest, bigPack)}`;
    const qr = encodeQr(url, { ecc: 'M' });
    expect(qr.version).toBeLessThanOrEqual(40);
    expect(decodeAssignment(url.split('#a=')[1] ?? '', bigPack)).toEqual({ ok: true, value: largest });
  });

  it('stays small for a typical round (20 questions, short title): a QR code a phone reads easily', () => {
    const s = encodeAssignment(round, shareRef);
    expect(s.length).toBeLessThanOrEqual(120);
    expect(encodeQr(`https://sahel-quiz.example.org/play/#a=${s}`, { ecc: 'M' }).version).toBeLessThanOrEqual(10);
  });
});
