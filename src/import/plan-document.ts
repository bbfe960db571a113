// A plan document (.txt, or .docx read with mammoth) → its text and its parts: the header lines before
// the title (文号, 主送, 发文单位, 日期), the title, the opening, the sections around the tasks, the
// attachment. The areas and tasks are read by readPlanDocument, the same reader the fidelity checks use,
// so what is imported is what the validator will compare against.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import mammoth from 'mammoth';
import { readPlanDocument, type PlanDocument } from '../content/plan-text.ts';

export const PLAN_FILE_TYPES = ['.txt', '.docx'] as const;

/**
 * The document's text, one paragraph a line. Lines are trimmed: Word documents indent each paragraph with
 * full-width spaces (　　), which are layout, not words, and would hide the 1． that starts a task.
 */
export async function readPlanFile(path: string): Promise<string> {
  const type = extname(path).toLowerCase();
  let raw: string;
  if (type === '.docx') raw = (await mammoth.extractRawText({ path })).value;
  else if (type === '.txt') raw = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  else throw new Error(`不支持的文件类型“${type || '(无扩展名)'}”:请给出 .txt 或 .docx 文件`);
  return planTextOf(raw);
}

/** Paragraphs trimmed, blank lines dropped, one newline at the end. */
export const planTextOf = (raw: string) =>
  raw
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n') + '\n';

export interface PlanHeader {
  number?: string;
  noticeHeading?: string;
  recipients?: string;
  issuer?: string;
  /** ISO date. */
  date?: string;
}

export interface PlanSection {
  number: string;
  heading: string;
  paragraphs: string[];
}

export interface PlanParts {
  title: string;
  header: PlanHeader;
  preamble: string[];
  /** Sections before the one with the tasks (总体要求, 工作目标 …). */
  before: PlanSection[];
  /** Sections after it (保障措施 …). */
  after: PlanSection[];
  attachment?: string;
  document: PlanDocument;
}

const TITLE = /(?:方案|计划|意见|办法|规划|要点|细则)$/;
const PUNCTUATION = /[,，。:：;；、]/;
const DOCUMENT_NUMBER = /[\u4e00-\u9fff]*〔[0-9０-９]{4}〕[0-9０-９]+号|[\u4e00-\u9fff]*\[[0-9]{4}\][0-9]+号/;
const DATE_LINE = /^([0-9０-９]{4})年([0-9０-９]{1,2})月([0-9０-９]{1,2})日$/;
const SECTION_LINE = /^([一二三四五六七八九十]+)、(.*)$/;
const ATTACHMENT = /^附件[:：](.+)$/;

const digits = (s: string) => Number(s.normalize('NFKC'));
const isoDate = (m: RegExpExecArray) => `${digits(m[1]!)}-${String(digits(m[2]!)).padStart(2, '0')}-${String(digits(m[3]!)).padStart(2, '0')}`;

/** The title: the first line that names a plan (…方案, …计划) and is no sentence. */
export function findTitle(lines: readonly string[]): string | undefined {
  return lines.find((line) => TITLE.test(line) && !PUNCTUATION.test(line) && !DOCUMENT_NUMBER.test(line));
}

function readHeader(lines: readonly string[]): PlanHeader {
  const header: PlanHeader = {};
  for (const line of lines) {
    const date = DATE_LINE.exec(line);
    if (DOCUMENT_NUMBER.test(line) && !header.number) header.number = DOCUMENT_NUMBER.exec(line)![0];
    else if (date) header.date = isoDate(date);
    else if (/[:：]$/.test(line)) header.recipients = line;
    else if (line.includes('关于')) header.noticeHeading = line;
    else if (!header.issuer) header.issuer = line;
  }
  return header;
}

/** The parts of a plan text; throws (in Chinese) when it has no title or no tasks. */
export function readPlanParts(text: string): PlanParts {
  const lines = text.split('\n').filter(Boolean);
  const title = findTitle(lines);
  if (title === undefined) throw new Error('没有找到方案标题:标题应单独成行,以“方案”“计划”“意见”等结尾,行内没有标点');
  const document = readPlanDocument(text, title);
  if (document.tasks.length === 0) throw new Error('没有找到任务段落:任务以序号加点开头(1. 或 1．),以单位括注结尾,如“(牵头单位:市教育局;责任单位:市财政局)”');
  const header = readHeader(lines.slice(0, lines.indexOf(title)));

  const preamble: string[] = [];
  const sections: (PlanSection & { hasTasks: boolean })[] = [];
  let attachment: string | undefined;
  for (const block of document.blocks) {
    if (block.kind === 'meta' || block.kind === 'title') continue;
    const attached = ATTACHMENT.exec(block.text);
    if (attached) {
      attachment = attached[1]!.trim();
      continue;
    }
    if (block.kind === 'section') {
      const m = SECTION_LINE.exec(block.text)!;
      sections.push({ number: m[1]!, heading: m[2]!.trim(), paragraphs: [], hasTasks: false });
    } else if (sections.length === 0) preamble.push(block.text);
    else if (block.kind === 'paragraph') sections.at(-1)!.paragraphs.push(block.text);
    else sections.at(-1)!.hasTasks = true;
  }
  const taskSection = sections.findIndex((s) => s.hasTasks);
  const plain = ({ number, heading, paragraphs }: PlanSection) => ({ number, heading, paragraphs });
  return {
    title,
    header,
    preamble,
    before: sections.slice(0, taskSection).map(plain),
    after: sections.slice(taskSection + 1).map(plain),
    ...(attachment ? { attachment } : {}),
    document,
  };
}
