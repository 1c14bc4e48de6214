/**
 * Sharing a quiz: a link that carries it whole (`#p=…`, with its QR code), a pack file to export,
 * and a pack file to import and edit. Both go through the reader students use
 * (core/content/packFileCheck.ts), so what the studio hands out is what the game accepts.
 */
import { notPlayable } from '../../../core/authoring/check.ts';
import { packFileToDraft } from '../../../core/authoring/fromPackFile.ts';
import type { PackFileCheck, PackFileContext } from '../../../core/content/packFileCheck.ts';
import { PACK_FILE_LIMITS, type PackProblem } from '../../../core/content/packFileShape.ts';
import { checkPackFile } from '../../../core/content/packFileCheck.ts';
import { encodePackLink, PACK_LINK_KEY, packFileText, parsePackFileText } from '../../../core/content/packLink.ts';
import { t, uiLookup } from '../../../i18n/index.ts';
import { button, h } from '../../dom.ts';
import { downloadText, safeFileName } from '../../download.ts';
import { qrSvg } from '../teacher/qr.ts';
import { nextId } from './fields.ts';
import type { StudioPage } from './studioPage.ts';

export interface ShareDeps {
  /** The game's address without query or fragment. */
  gameUrl: string;
  ctx: PackFileContext;
  /** Saves the quiz among the teacher's packs on this device; `ask` says whether to replace another saved with its id. */
  keep?: KeepOnDevice;
}

type Checked = Extract<PackFileCheck, { ok: true }>;
export type KeepOnDevice = (
  c: Checked,
  ask: (savedTitle: string) => Promise<boolean>,
) => Promise<{ ok: true; href: string } | { ok: false; message: string }>;

const problemText = (p: PackProblem): string =>
  `${p.entry && p.entry !== 'file' && p.entry !== 'link' ? `${p.entry}${p.field ? ` (${p.field})` : ''}: ` : ''}${uiLookup()(p.key, p.values)}`;

export function shareTools(s: ShareDeps): (page: StudioPage) => HTMLElement {
  return (page) => {
    const out = h('div', { class: 'st-share-out', 'data-testid': 'studio-share-out' });
    /** The draft's pack as students will read it, or its problems shown. */
    const checked = (): PackFileCheck | null => {
      // The studio's own messages first, in the teacher's language; a text missing in a second
      // language does not hold a quiz back (the game falls back to the main one).
      const blocking = notPlayable(page.check(), page.draft());
      if (blocking.length > 0) {
        const count = [...page.check().fields.values()].filter((p) => p.level === 'error').length;
        out.replaceChildren(
          h(
            'p',
            { class: 'st-msg', role: 'alert' },
            `${t('studio.share.notReady')} ${t('studio.problemCount', { count })}.`,
          ),
          h('p', { class: 'st-hint' }, t('studio.fixFirst')),
        );
        return null;
      }
      const c = checkPackFile(JSON.parse(packFileText(page.check().pack)), s.ctx);
      if (c.ok) return c;
      out.replaceChildren(
        h('p', { class: 'st-msg', role: 'alert' }, t('studio.share.notReady')),
        h('ul', { class: 'st-problems' }, ...c.problems.slice(0, 8).map((p) => h('li', {}, problemText(p)))),
      );
      return null;
    };
    const share = () => {
      const c = checked();
      if (c?.ok) showLink(out, `${s.gameUrl}#${PACK_LINK_KEY}=${encodePackLink(c.file)}`);
    };
    const exportFile = () => {
      const c = checked();
      if (!c?.ok) return;
      const main = page.draft().languages[0] ?? 'en';
      const name = safeFileName(page.draft().title[main] ?? '', page.draft().id);
      downloadText(`${name}.sahel-quiz.json`, packFileText(c.file), 'application/json');
      out.replaceChildren(h('p', { role: 'status' }, t('studio.share.exported')));
    };
    const keepIt = (keep: KeepOnDevice | undefined) => {
      const c = checked();
      if (c?.ok && keep) void keepOnDevice(out, c, keep, page);
    };
    return h(
      'section',
      { class: 'card st-share', 'aria-labelledby': 'st-share-h' },
      h('h2', { id: 'st-share-h' }, t('studio.share.heading')),
      h('p', { class: 'st-hint' }, t('studio.share.hint', { max: PACK_FILE_LIMITS.maxLinkChars })),
      h(
        'div',
        { class: 'st-actions' },
        button(t('studio.share.makeLink'), share, { 'data-testid': 'studio-share' }),
        button(t('studio.share.export'), exportFile, { class: 'secondary', 'data-testid': 'studio-export' }),
        ...(s.keep
          ? [
              button(t('studio.share.save'), () => keepIt(s.keep), {
                class: 'secondary',
                'data-testid': 'studio-save-pack',
              }),
            ]
          : []),
      ),
      importPicker(page, out, s.ctx),
      out,
    );
  };
}

/** Saves on this device, asking first in place of the share's output; then a link opens it in the game. */
async function keepOnDevice(out: HTMLElement, c: Checked, keep: KeepOnDevice, page: StudioPage): Promise<void> {
  const main = page.draft().languages[0] ?? 'en';
  const ask = (saved: string) =>
    new Promise<boolean>((resolve) => {
      const incoming = page.draft().title[main] ?? c.file.id;
      out.replaceChildren(
        h('p', { role: 'alert' }, t('authored.replaceQuestion', { id: c.file.id, saved, incoming })),
        h(
          'div',
          { class: 'st-actions' },
          button(t('authored.replace'), () => resolve(true), { 'data-testid': 'studio-save-replace' }),
          button(t('authored.keep'), () => resolve(false), { class: 'secondary', 'data-testid': 'studio-save-keep' }),
        ),
      );
    });
  const r = await keep(c, ask);
  if (!r.ok) {
    out.replaceChildren(h('p', { class: 'st-msg', role: 'alert' }, r.message));
    return;
  }
  out.replaceChildren(
    h('p', { role: 'status' }, t('studio.share.saved')),
    h('a', { href: r.href, class: 'button-link', 'data-testid': 'studio-open-saved' }, t('studio.share.openSaved')),
  );
}

/** The link with its copy button and QR code; a link over the limit is refused (the file carries any size). */
function showLink(out: HTMLElement, link: string): void {
  const payload = link.length - link.indexOf('#') - 3;
  if (payload > PACK_FILE_LIMITS.maxLinkChars) {
    out.replaceChildren(
      h('p', { class: 'st-msg', role: 'alert' }, t('studio.share.tooLong', { max: PACK_FILE_LIMITS.maxLinkChars })),
    );
    return;
  }
  const id = nextId('link');
  const field = h('input', { id, readonly: true, 'data-testid': 'studio-link-out', value: link });
  const qr = qrSvg(link, t('studio.share.qrLabel'));
  out.replaceChildren(
    h('label', { for: id }, t('studio.share.link', { n: link.length })),
    field,
    button(t('studio.share.copy'), () => void navigator.clipboard?.writeText(link).catch(() => field.select()), {
      class: 'secondary',
      'data-testid': 'studio-copy',
    }),
    qr
      ? h('div', { class: 'st-qr', 'data-testid': 'studio-qr' }, qr)
      : h('p', { class: 'st-hint' }, t('studio.share.noQr')),
  );
}

/** "Import a quiz file to edit": read as untrusted, size first. */
function importPicker(page: StudioPage, out: HTMLElement, ctx: PackFileContext): HTMLElement {
  const pickId = nextId('import');
  const pick = h('input', {
    id: pickId,
    type: 'file',
    accept: '.json,application/json',
    'data-testid': 'studio-import',
  });
  pick.addEventListener('change', () => {
    const f = pick.files?.[0];
    pick.value = '';
    if (!f) return;
    if (f.size > PACK_FILE_LIMITS.maxBytes) {
      const values = { size: Math.round(f.size / 1000), max: PACK_FILE_LIMITS.maxBytes / 1000 };
      out.replaceChildren(h('p', { class: 'st-msg', role: 'alert' }, t('packFile.tooLarge', values)));
      return;
    }
    void f.text().then((text) => importText(page, out, parsePackFileText(text, ctx)));
  });
  return h('div', { class: 'st-field' }, h('label', { for: pickId }, t('studio.share.import')), pick);
}

/** An imported quiz replaces the draft only once the teacher says so when the draft has questions. */
function importText(page: StudioPage, out: HTMLElement, c: PackFileCheck): void {
  if (!c.ok) {
    out.replaceChildren(
      h('p', { class: 'st-msg', role: 'alert' }, t('studio.share.importRefused')),
      h('ul', { class: 'st-problems' }, ...c.problems.slice(0, 8).map((p) => h('li', {}, problemText(p)))),
    );
    return;
  }
  const next = packFileToDraft(c.file);
  const replace = () => {
    page.replaceDraft(next);
    page.say(t('studio.share.imported', { count: next.questions.length }), 'ok');
  };
  const mine = page.draft().questions.length;
  if (mine === 0) {
    replace();
    return;
  }
  out.replaceChildren(
    h('p', { role: 'alert' }, t('studio.share.replaceAsk', { count: mine })),
    h(
      'div',
      { class: 'st-actions' },
      button(t('studio.share.replace'), replace, { 'data-testid': 'studio-import-replace' }),
      button(t('studio.share.keep'), () => out.replaceChildren(), {
        class: 'secondary',
        'data-testid': 'studio-import-keep',
      }),
    ),
  );
}
