/** The builder's saved rounds: open, duplicate, export, delete (confirmed), and importing a round file. */
import { roundFileName, roundFileText, type SavedTeacherRound } from '../../../core/teacher/savedRounds.ts';
import { formatDate, t } from '../../../i18n/index.ts';
import { button, h, replace } from '../../dom.ts';
import { downloadText } from '../../download.ts';
import { icon } from '../../icons.ts';
import { nextId } from './formControls.ts';
import type { TeacherController } from './teacherController.ts';

export interface SavedActions {
  /** Opens a saved round in the form (and moves the focus there). */
  open(x: SavedTeacherRound): void;
  /** Reads a chosen round file. */
  importFile(file: File): void;
  /** Moves the focus to the element with this selector, once the page is redrawn. */
  focus(selector: string): void;
}

function exportRound(x: SavedTeacherRound): void {
  const a = x.assignment;
  downloadText(roundFileName(a, t('builder.saved.untitled')), roundFileText(a), 'application/json');
}

function confirmDelete(c: TeacherController, x: SavedTeacherRound, title: string, act: SavedActions): HTMLElement {
  const question = t('builder.saved.confirmDelete', { title });
  return h(
    'div',
    { class: 'tp-confirm', role: 'alertdialog', 'aria-label': question },
    h('p', {}, h('span', { class: 'icon', 'aria-hidden': 'true' }, icon('warning')), ` ${question}`),
    h(
      'div',
      { class: 'tp-actions' },
      button(
        t('builder.saved.confirmYes'),
        () => {
          c.confirmDelete(x);
          act.focus('#tp-saved-h');
        },
        { class: 'danger', 'data-testid': 'confirm-delete' },
      ),
      button(
        t('builder.saved.cancel'),
        () => {
          c.askDelete(null);
          act.focus(`[data-key="delete:${CSS.escape(x.id)}"]`);
        },
        { class: 'secondary', 'data-testid': 'cancel-delete', 'data-key': `cancel:${x.id}` },
      ),
    ),
  );
}

function itemActions(c: TeacherController, x: SavedTeacherRound, title: string, act: SavedActions): HTMLElement {
  const attrs = (ariaLabel: string, testId: string, key: string) => ({
    class: 'secondary',
    'aria-label': ariaLabel,
    'data-testid': testId,
    'data-key': `${key}:${x.id}`,
  });
  return h(
    'div',
    { class: 'tp-actions' },
    button(
      t('builder.saved.open'),
      () => act.open(x),
      attrs(t('builder.saved.openLabel', { title }), 'open-round', 'open'),
    ),
    button(
      t('builder.saved.duplicate'),
      () => c.duplicate(x),
      attrs(t('builder.saved.duplicateLabel', { title }), 'duplicate-round', 'duplicate'),
    ),
    button(
      t('builder.saved.export'),
      () => exportRound(x),
      attrs(t('builder.saved.exportLabel', { title }), 'export-round', 'export'),
    ),
    button(
      t('builder.saved.delete'),
      () => {
        c.askDelete(x.id);
        act.focus(`[data-key="cancel:${CSS.escape(x.id)}"]`);
      },
      attrs(t('builder.saved.deleteLabel', { title }), 'delete-round', 'delete'),
    ),
  );
}

function savedItem(c: TeacherController, x: SavedTeacherRound, act: SavedActions): HTMLElement {
  const title = c.titleOf(x.assignment);
  const meta = t('builder.saved.meta', {
    questions: t('builder.summary.count', { count: x.assignment.questionIds.length }),
    date: formatDate(x.savedAt),
  });
  return h(
    'li',
    { 'data-testid': 'saved-round', 'data-id': x.id, class: x.id === c.editingId ? 'current' : undefined },
    h('h3', {}, title),
    h('p', { class: 'tp-meta' }, meta),
    c.pendingDelete === x.id ? confirmDelete(c, x, title, act) : itemActions(c, x, title, act),
  );
}

export function renderSaved(el: HTMLElement, c: TeacherController, act: SavedActions): void {
  const { rounds, damaged } = c.savedRounds();
  const fileId = nextId('import');
  const file = h('input', { id: fileId, type: 'file', accept: '.json,application/json', 'data-testid': 'import-file' });
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    file.value = '';
    if (chosen) act.importFile(chosen);
  });
  replace(
    el,
    h('h2', { id: 'tp-saved-h', tabindex: '-1' }, t('builder.saved.heading')),
    h('p', { class: 'hint' }, t('builder.saved.hint')),
    damaged > 0
      ? h('p', { class: 'notice', 'data-testid': 'saved-damaged' }, t('builder.saved.damaged', { count: damaged }))
      : null,
    rounds.length === 0
      ? h('p', { class: 'hint', 'data-testid': 'saved-none' }, t('builder.saved.none'))
      : h('ul', { class: 'tp-saved-list' }, ...rounds.map((x) => savedItem(c, x, act))),
    h('div', { class: 'tp-field tp-import' }, h('label', { for: fileId }, t('builder.saved.import')), file),
  );
}
