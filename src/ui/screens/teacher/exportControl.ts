/**
 * The builder's "Export to…" control: a format, which questions (this round in its language, or
 * the whole pack in the teacher's language), and a button. The exporters (and, for Kahoot,
 * exceljs) are imported only when pressed, so neither the teacher page nor a student downloads them
 * before.
 */
import type { ContentPack } from '../../../core/content/types.ts';
import { EXPORT_FORMATS, isExportFormat } from '../../../core/export/index.ts';
import type { Assignment } from '../../../core/share/assignment.ts';
import { currentLanguage, loadLanguage, t } from '../../../i18n/index.ts';
import { button, h } from '../../dom.ts';
import { icon } from '../../icons.ts';

let uid = 0;

export function exportControl(a: Assignment, lng: string, pack: ContentPack): HTMLElement {
  const id = `tp-export-${++uid}`;
  const select = h(
    'select',
    { id, 'data-testid': 'export-format' },
    ...EXPORT_FORMATS.map((f) => h('option', { value: f }, t(`teacherExport.formats.${f}`))),
  );
  // Two choices, always in view and free to wrap (a closed select would cut the longer one on a phone).
  const choice = (value: 'round' | 'pack', text: string) => {
    const radio = h('input', { type: 'radio', name: `${id}-scope`, value, 'data-testid': `export-scope-${value}` });
    radio.checked = value === 'round';
    return { radio, label: h('label', { class: 'tp-export-choice' }, radio, ` ${text}`) };
  };
  const round = choice('round', t('teacherExport.scopeRound', { count: a.questionIds.length }));
  const whole = choice('pack', t('teacherExport.scopePack', { count: pack.questions.length }));
  const scope = h(
    'fieldset',
    { class: 'tp-export-scope', 'data-testid': 'export-scope' },
    h('legend', {}, t('teacherExport.scope')),
    round.label,
    whole.label,
  );
  const status = h('p', { class: 'tp-export-status', role: 'status', 'data-testid': 'export-status' });
  const go = button(
    t('teacherExport.download'),
    async () => {
      const format = select.value;
      if (!isExportFormat(format)) return;
      go.disabled = true;
      status.textContent = t('teacherExport.working');
      try {
        const all = whole.radio.checked;
        // The whole pack is in the teacher's language; a round in its own.
        const language = all ? currentLanguage() : lng;
        await loadLanguage(language);
        const { exportQuestions, exportRound } = await import('../../../export/builderExport.ts');
        const out = all
          ? await exportQuestions({ title: t('teacherExport.packTitle') }, format, language, pack)
          : await exportRound(a, format, language, pack, t('builder.saved.untitled'));
        download(out.blob, out.fileName);
        const done = t('teacherExport.done', { file: out.fileName, count: out.written });
        const left = out.leftOut.length
          ? ` ${t('teacherExport.leftOut', { count: out.leftOut.length, format: t(`teacherExport.formats.${format}`) })}`
          : '';
        status.replaceChildren(icon('check'), ` ${done}${left}`);
        status.dataset.written = String(out.written);
        status.dataset.leftOut = String(out.leftOut.length);
      } catch {
        status.textContent = t('teacherExport.failed');
      } finally {
        go.disabled = false;
      }
    },
    { class: 'secondary', 'data-testid': 'export-go' },
  );
  return h(
    'div',
    { class: 'tp-export', 'data-testid': 'export-control' },
    h('div', { class: 'tp-export-fields' }, h('label', { for: id }, t('teacherExport.heading')), select),
    scope,
    h('div', { class: 'tp-actions' }, go),
    status,
  );
}

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
