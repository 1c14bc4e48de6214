/**
 * Class results' class list: the teacher picks the class's CSV; the panel shows each listed student
 * with their result sent, not sent yet, or a near name to confirm (never matched silently). The
 * rules live in core/classList; the list and the confirmations are kept on the device
 * (core/classList/record.ts) through `ClassListDeps`; the class results screen hands over the names it has.
 */
import { parseClassList, type ClassListError } from '../../../core/classList/parse.ts';
import { matchRoster, type RosterMatch, type RosterStatus } from '../../../core/classList/match.ts';
import { confirmName, confirmedKeys, replaceList, type ClassListRecord } from '../../../core/classList/record.ts';
import { formatNumber, t } from '../../../i18n/index.ts';
import { button, h, replace } from '../../dom.ts';
import { confirmThen } from './notes.ts';
import './classList.css';

export interface ClassListDeps {
  /** The class list as kept on this device. */
  record(): ClassListRecord;
  /** Keeps a new version; a message when it could not be saved. */
  update(next: ClassListRecord): string | null;
  /** Forgets the list (after the teacher confirmed); a message when it could not. */
  remove(): string | null;
  /** Said once (a stored list that could not be read whole). */
  notice: string | null;
}

export function classListPanel(d: ClassListDeps): { el: HTMLElement; update(resultNames: readonly string[]): void } {
  let results: readonly string[] = [];
  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite', 'data-testid': 'class-list-status' });
  const body = h('div', { 'data-testid': 'class-list' });
  const input = listFileInput((file) => void load(file));

  async function load(file: File): Promise<void> {
    const r = await readListFile(file);
    if (!r.ok) {
      status.textContent = r.message;
      if (r.problem) status.classList.add('problem');
      return;
    }
    const problem = d.update(replaceList(d.record(), r.names, file.name));
    status.classList.toggle('problem', problem !== null);
    status.textContent = problem ?? t('classList.loaded', { count: r.names.length });
    draw();
  }

  function draw(): void {
    const record = d.record();
    if (record.names.length === 0) {
      replace(body);
      return;
    }
    const m = matchRoster(record.names, results, confirmedKeys(record));
    const rows = m.rows.map((r) =>
      rosterRow(r, (name, result) => {
        const problem = d.update(confirmName(d.record(), name, result));
        status.textContent = problem ?? '';
        draw();
        body.querySelector<HTMLElement>('h3')?.focus();
      }),
    );
    // The question appears just above the button that asked it.
    const ask = h('div', {});
    const remove = button(t('classList.remove'), () => askRemove(ask, remove), {
      class: 'secondary',
      'data-testid': 'class-list-remove',
    });
    replace(body, ...rosterParts(record, m, rows), ask, h('div', { class: 'actions' }, remove));
  }

  function askRemove(where: HTMLElement, from: HTMLElement): void {
    confirmThen(
      where,
      t('classListKeep.confirmRemove', { count: d.record().names.length }),
      () => {
        const problem = d.remove();
        status.classList.toggle('problem', problem !== null);
        status.textContent = problem ?? t('classListKeep.removed');
        draw();
        heading.focus();
      },
      from,
    );
  }

  const heading = h('h2', { id: 'class-list-h', tabindex: '-1' }, t('classList.heading'));
  const el = panelShell(heading, d.notice, input, status, body);
  return {
    el,
    update(names) {
      results = names;
      draw();
    },
  };
}

/** The file box, hidden behind its label, drawn as a button in the page's language (the browser's
 * own "Choose File" is in the browser's language and repeats the label). */
function listFileInput(chosen: (file: File) => void): HTMLInputElement {
  const input = h('input', {
    type: 'file',
    id: 'class-list-file',
    class: 'visually-hidden',
    accept: '.csv,.txt,text/csv,text/plain',
    'data-testid': 'class-list-file',
  });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (file) chosen(file);
  });
  return input;
}

/** The panel: heading, notice, hint, the file button, status and the list. */
function panelShell(
  heading: HTMLElement,
  notice: string | null,
  input: HTMLElement,
  status: HTMLElement,
  body: HTMLElement,
): HTMLElement {
  return h(
    'section',
    { class: 'class-list-panel', 'aria-labelledby': 'class-list-h' },
    heading,
    notice ? h('p', { class: 'notice', role: 'status', 'data-testid': 'class-list-notice' }, notice) : null,
    h('p', { class: 'hint' }, t('classList.hint')),
    input,
    h('label', { for: 'class-list-file', class: 'file-button' }, t('classList.file')),
    status,
    body,
  );
}

/** The names in a class list file, or what is wrong with it in words (a problem, or unreadable). */
async function readListFile(
  file: File,
): Promise<{ ok: true; names: string[] } | { ok: false; message: string; problem: boolean }> {
  let bytes: Uint8Array;
  try {
    // Read no more than the limit (plus one byte, to know it is over): a huge file never freezes the page.
    bytes = new Uint8Array(await file.slice(0, 512 * 1024 + 1).arrayBuffer());
  } catch {
    return { ok: false, message: t('classList.unreadable'), problem: false };
  }
  const r = parseClassList(bytes);
  return r.ok ? { ok: true, names: r.names } : { ok: false, message: message(r.error, r.count), problem: true };
}

/** One listed student: result sent, missing, or a near name with a button to confirm it is theirs. */
function rosterRow(r: RosterStatus, confirm: (name: string, result: string) => void): HTMLElement {
  const cell =
    r.status === 'sent'
      ? h('td', { 'data-state': 'sent' }, t('classList.sent'))
      : r.status === 'missing'
        ? h('td', { 'data-state': 'missing' }, t('classList.missing'))
        : h(
            'td',
            { 'data-state': 'confirm' },
            `${t('classList.confirm', { result: r.result })} (${t(`classList.why.${r.why}`)}) `,
            button(t('classList.confirmButton', { name: r.name }), () => confirm(r.name, r.result), {
              class: 'secondary',
              'data-testid': 'confirm-name',
            }),
          );
  return h('tr', { 'data-name': r.name }, h('th', { scope: 'row' }, r.name), cell);
}

/** The list's file, how many are missing, the table of students and the results not on the list. */
function rosterParts(record: ClassListRecord, m: RosterMatch, rows: HTMLElement[]): (HTMLElement | null)[] {
  return [
    record.file
      ? h(
          'p',
          { class: 'class-list-file', 'data-testid': 'class-list-kept' },
          t('classListKeep.kept', { file: record.file }),
        )
      : null,
    h(
      'h3',
      { tabindex: '-1', 'data-testid': 'class-list-summary' },
      m.missing === 0 ? t('classList.allIn') : t('classList.summary', { count: m.missing }),
    ),
    h(
      'table',
      { class: 'class-list-table' },
      h(
        'thead',
        {},
        h('tr', {}, h('th', { scope: 'col' }, t('classList.name')), h('th', { scope: 'col' }, t('classList.state'))),
      ),
      h('tbody', {}, ...rows),
    ),
    m.unlisted.length
      ? h('p', { 'data-testid': 'class-list-unlisted' }, t('classList.unlisted', { names: m.unlisted.join(', ') }))
      : null,
  ];
}

function message(error: ClassListError, count?: number): string {
  // Each ClassListError is its own ui.json key (core/classList/parse.ts).
  return t(error, { n: formatNumber(count ?? 0) });
}
