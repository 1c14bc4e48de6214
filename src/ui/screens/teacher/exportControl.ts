/**
 * The builder's "Export to…" control: a format and a button. The exporters (and, for Kahoot,
 * exceljs) are imported only when pressed, so neither the teacher page nor a student downloads them
 * before.
 */
import type { ContentPack } from '../../../core/content/types.ts';
import { EXPORT_FORMATS, isExportFormat } from '../../../core/export/index.ts';
import type { Assignment } from '../../../core/share/assignment.ts';
import { loadLanguage, t } from '../../../i18n/index.ts';
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
  const status = h('p', { class: 'tp-export-status', role: 'status', 'data-testid': 'export-status' });
  const go = button(
    t('teacherExport.download'),
    async () => {
      const format = select.value;
      if (!isExportFormat(format)) return;
      go.disabled = true;
      status.textContent = t('teacherExport.working');
      try {
        await loadLanguage(lng);
        const { exportRound } = await import('../../../export/builderExport.ts');
        const out = await exportRound(a, format, lng, pack, t('builder.saved.untitled'));
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
    h('label', { for: id }, t('teacherExport.heading')),
    h('div', { class: 'tp-actions' }, select, go),
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
