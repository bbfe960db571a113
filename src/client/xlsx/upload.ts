// /submit/'s 填报表 upload: choose or drop filled sheets; they are checked in the page with the validator's
// rules (engine.ts, loaded only now) and the problems listed by cell, or the report files offered for
// download. Nothing leaves the browser: the sheets are read here, the files are saved by the user.
import { el } from '../dom.ts';
import type * as Engine from './sheet-engine.ts';
import type { SheetPageData } from './sheet-data.ts';

export const SHEET_ID = {
  root: 'sheet-upload',
  input: 'sheet-file',
  drop: 'sheet-drop',
  status: 'sheet-status',
  problems: 'sheet-problems',
  problemList: 'sheet-problem-list',
  output: 'sheet-output',
  fileList: 'sheet-file-list',
  download: 'sheet-download',
  uploadLink: 'sheet-upload-link',
} as const;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

export function setupSheetUpload(): void {
  const root = document.getElementById(SHEET_ID.root);
  if (!root?.dataset.sheet) return;
  const data = JSON.parse(root.dataset.sheet) as SheetPageData;
  const input = $<HTMLInputElement>(SHEET_ID.input);
  const drop = $<HTMLElement>(SHEET_ID.drop);
  const status = $<HTMLElement>(SHEET_ID.status);
  const problems = $<HTMLElement>(SHEET_ID.problems);
  const output = $<HTMLElement>(SHEET_ID.output);
  let download: { name: string; blob: Blob } | undefined;
  drop.hidden = false;

  async function check(files: File[]) {
    if (files.length === 0) return;
    problems.hidden = true;
    output.hidden = true;
    status.textContent = `正在检查 ${files.map((f) => f.name).join('、')}……`;
    let engine: typeof Engine;
    try {
      engine = await import('./sheet-engine.ts');
    } catch {
      status.textContent = '检查程序没有加载成功,请检查网络后重新选择文件。';
      return;
    }
    const outcome = await engine.checkSheets(files, data);
    $<HTMLElement>(SHEET_ID.problemList).replaceChildren(...outcome.problems.map((line) => el('li', {}, line)));
    problems.hidden = outcome.problems.length === 0;
    if (outcome.errors > 0 || outcome.reports.length === 0) {
      status.textContent = outcome.errors > 0 ? `发现 ${outcome.errors} 个问题,请按提示修改填报表后重新选择文件。` : `没有可生成的报告。${outcome.notes.join('')}`;
      return;
    }
    download = engine.downloadable(outcome.reports, outcome.plan !== undefined);
    $<HTMLElement>(SHEET_ID.fileList).replaceChildren(...outcome.reports.map((r) => el('li', {}, el('code', {}, r.path))));
    $<HTMLButtonElement>(SHEET_ID.download).textContent = `下载 ${download.name}`;
    const upload = $<HTMLAnchorElement>(SHEET_ID.uploadLink);
    // Reports of several plans go in one upload into content/, the zip holding each one's plan folder.
    const plan = outcome.plan;
    upload.href = `${data.site.replace(/\/+$/, '')}/upload/${data.branch}/content${plan ? `/${plan.folder}reports/${plan.period}` : ''}`;
    upload.hidden = data.demo;
    output.hidden = false;
    status.textContent = `检查通过,生成 ${outcome.reports.length} 份报告文件。${outcome.notes.join('')}`;
  }

  input.addEventListener('change', () => void check([...(input.files ?? [])]));
  drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.classList.add('dragging');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('dragging'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('dragging');
    void check([...(event.dataTransfer?.files ?? [])]);
  });
  $<HTMLButtonElement>(SHEET_ID.download).addEventListener('click', () => {
    if (!download) return;
    const href = URL.createObjectURL(download.blob);
    const link = el('a', { href, download: download.name });
    document.body.append(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(href), 1000);
  });
}
