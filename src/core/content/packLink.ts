/**
 * A pack travels as a link fragment (`#p=…`, in the envelope of round links: versioned, deflated,
 * checksummed; ../share/frame.ts) or as a `.json` file. Both are read as untrusted: size caps before
 * and after inflating, then every check of ./packFileCheck.ts. Nothing here throws on any input.
 */
import { utf8Bytes } from '../share/bytes.ts';
import { openFrame, sealFrame, type FrameError } from '../share/frame.ts';
import type { PackFile } from './packFile.ts';
import { checkPackFile, type PackFileCheck, type PackFileContext } from './packFileCheck.ts';
import {
  jsonTextDepth,
  PACK_FILE_LIMITS,
  type PackProblem,
  type PackProblemKey,
  problem,
  utf8Length,
} from './packFileShape.ts';

/** The key of the fragment that carries a pack: `https://…/#p=<payload>`. */
export const PACK_LINK_KEY = 'p';
const VERSION = '1';
const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

const LINK_KEYS: Record<FrameError, PackProblemKey> = {
  empty: 'packLink.empty',
  too_long: 'packLink.tooLong',
  bad_encoding: 'packLink.badEncoding',
  bad_version: 'packLink.badVersion',
  not_link: 'packLink.notLink',
  incomplete: 'packLink.incomplete',
  too_large: 'packLink.tooLarge',
  corrupt: 'packLink.corrupt',
};

function fail(p: PackProblem): PackFileCheck {
  return { ok: false, problems: [p] };
}

/** The text of a pack file as exported (pretty JSON, one trailing newline). */
export function packFileText(file: PackFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Reads an exported (or hand-written) pack file's text. */
export function parsePackFileText(text: unknown, ctx: PackFileContext): PackFileCheck {
  if (typeof text !== 'string') return fail(problem('file', '', 'packFile.notJson'));
  const L = PACK_FILE_LIMITS;
  if (text.length > L.maxBytes || utf8Length(text) > L.maxBytes)
    return fail(problem('file', '', 'packFile.tooLarge', { size: kb(utf8Length(text)), max: kb(L.maxBytes) }));
  if (jsonTextDepth(text, L.maxDepth) > L.maxDepth)
    return fail(problem('file', '', 'packFile.tooDeep', { max: L.maxDepth }));
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail(problem('file', '', 'packFile.notJson'));
  }
  return checkPackFile(value, ctx);
}

/** Reads a pack file's bytes (a file picked or dropped): the size is checked before decoding. */
export function parsePackFileBytes(bytes: Uint8Array, ctx: PackFileContext): PackFileCheck {
  if (bytes.length > PACK_FILE_LIMITS.maxBytes)
    return fail(
      problem('file', '', 'packFile.tooLarge', { size: kb(bytes.length), max: kb(PACK_FILE_LIMITS.maxBytes) }),
    );
  let text: string;
  try {
    text = utf8Strict.decode(bytes);
  } catch {
    return fail(problem('file', '', 'packFile.notJson'));
  }
  return parsePackFileText(text, ctx);
}

/** The fragment payload (what follows `#p=`) for a pack file; compact JSON inside the envelope. */
export function encodePackLink(file: PackFile): string {
  return sealFrame(utf8Bytes(JSON.stringify(file)), VERSION);
}

/** Reads a `#p=` payload (a leading '#', `p=` and spaces are tolerated). */
export function decodePackLink(fragment: unknown, ctx: PackFileContext): PackFileCheck {
  const payload = typeof fragment === 'string' ? fragment.trim().replace(/^#?(p=)?/, '') : fragment;
  const frame = openFrame(payload, VERSION, {
    maxChars: PACK_FILE_LIMITS.maxLinkChars,
    maxBytes: PACK_FILE_LIMITS.maxBytes,
  });
  if (!frame.ok) return fail(problem('link', '', LINK_KEYS[frame.error], { max: PACK_FILE_LIMITS.maxLinkChars }));
  let text: string;
  try {
    text = utf8Strict.decode(frame.body);
  } catch {
    return fail(problem('link', '', 'packLink.corrupt'));
  }
  return parsePackFileText(text, ctx);
}

/** Kilobytes for a message (1 decimal under 10 KB). */
function kb(bytes: number): number {
  const k = bytes / 1000;
  return k < 10 ? Math.round(k * 10) / 10 : Math.round(k);
}
