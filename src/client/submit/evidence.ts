// Section 四: the evidence list, one row per piece of evidence, rows added and removed by the reader.
import { el } from '../dom.ts';
import { evidenceFields, evidenceRowId } from './form-fields.ts';
import { field, valueOf } from './field.ts';

export interface EvidenceList {
  /** Rows for `items` (one empty row when there are none). */
  reset(items: readonly { title: string; url: string }[]): void;
  /** The rows with anything typed, and the row of each. */
  items(): { row: string; title: string; url: string }[];
  /** The row's number as shown (材料 1, 材料 2, …). */
  numberOf(row: string): number;
}

/** `changed`: called after a row is removed (the report changed without an input event). */
export function evidenceList(box: HTMLElement, addButton: HTMLButtonElement, announce: (text: string) => void, changed: () => void): EvidenceList {
  /** Row ids in order: the list as the reader sees it. */
  const rows: string[] = [];
  let made = 0;

  function renumber(): void {
    rows.forEach((id, i) => {
      const row = document.getElementById(id)!;
      row.querySelector('legend')!.textContent = `材料 ${i + 1}`;
      row.querySelector('button')!.textContent = `删除材料 ${i + 1}`;
    });
  }

  function focusTitle(row: string): void {
    (document.getElementById(evidenceFields(row).title.id) as HTMLInputElement).focus();
  }

  function add(title = '', url = ''): string {
    const id = evidenceRowId(++made);
    const fields = evidenceFields(id);
    const remove = el('button', { type: 'button', className: 'secondary' });
    const row = el(
      'fieldset',
      { className: 'evidence-row', id },
      el('legend'),
      field(fields.title, el('input', { type: 'text', autocomplete: 'off', value: title })),
      field(fields.url, el('input', { type: 'url', autocomplete: 'off', value: url, placeholder: 'https://' })),
      remove,
    );
    remove.addEventListener('click', () => {
      const index = rows.indexOf(id);
      rows.splice(index, 1);
      row.remove();
      renumber();
      announce(`已删除一份材料,还有 ${rows.length} 份`);
      const next = rows[index] ?? rows[index - 1];
      if (next) focusTitle(next);
      else addButton.focus();
      changed();
    });
    rows.push(id);
    box.append(row);
    renumber();
    return id;
  }

  addButton.addEventListener('click', () => {
    focusTitle(add());
    announce(`已添加材料 ${rows.length}`);
  });

  return {
    reset(items) {
      box.replaceChildren();
      rows.length = 0;
      for (const e of items) add(e.title, e.url);
      if (rows.length === 0) add();
    },
    items() {
      return rows
        .map((row) => ({ row, title: valueOf(evidenceFields(row).title), url: valueOf(evidenceFields(row).url) }))
        .filter((e) => e.title.trim() !== '' || e.url.trim() !== '');
    },
    numberOf: (row) => rows.indexOf(row) + 1,
  };
}
