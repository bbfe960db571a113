// Reading one content file: parse, schema, and the problems located in it. Everything here depends on
// the file alone, so it can run in any thread (src/content/read-files.ts); what it returns is plain data
// that survives being posted between threads. Checks across files run afterwards, in the loader.
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { AreasFileSchema, PlanSchema, ReportSchema, SiteSettingsSchema, TaskSchema, UnitsFileSchema, type Report } from '../schema/index.ts';
import { parseYamlSource, yaml11Booleans } from './yaml-source.ts';
import { decodeContent, encodingMessage } from './encoding.ts';
import { typingSlips } from './typing-slips.ts';
import { fieldNames } from '../schema/field-names.ts';
import { zodProblems } from './zod-problems.ts';
import type { Problem } from './problem.ts';

const SCHEMAS = {
  site: SiteSettingsSchema,
  plan: PlanSchema,
  areas: AreasFileSchema,
  units: UnitsFileSchema,
  task: TaskSchema,
  report: ReportSchema,
} as const satisfies Record<string, z.ZodType>;

export type ContentKind = keyof typeof SCHEMAS;

const FIELD_NAMES = new Map(Object.entries(SCHEMAS).map(([kind, schema]) => [kind, fieldNames(schema)]));

export interface FileJob {
  /** Where to read it. */
  path: string;
  /** How problems name it (relative to the display root, forward slashes). */
  file: string;
  kind: ContentKind;
}

export interface FileRead {
  file: string;
  /** The text as parsed (a leading BOM removed): later checks locate their problems in it. */
  text: string;
  problems: Problem[];
  /** The schema's output, present only when the file passed its schema. */
  value?: unknown;
  /** A report that failed its schema: the fields that pass on their own, for the checks they allow. */
  partial?: Partial<Report>;
}

/** The fields of a report that pass their own schema, or undefined when the data is not a map at all. */
function validFields(data: unknown): Partial<Report> | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const raw = data as Record<string, unknown>;
  const value: Record<string, unknown> = {};
  for (const [field, schema] of Object.entries(ReportSchema.shape)) {
    const result = (schema as z.ZodType).safeParse(raw[field]);
    if (result.success && result.data !== undefined) value[field] = result.data;
  }
  return value as Partial<Report>;
}

const fileProblem = (file: string, code: string, message: string, fix: string, line = 1, col = 1): Problem => ({ file, line, col, severity: 'error', code, field: '', message, fix });

/** The file's text, or the one problem that keeps it from being read as UTF-8 text. */
function readText(job: FileJob): { text: string } | { problem: Problem } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(job.path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') return { problem: fileProblem(job.file, 'file.not-a-file', '这里应是一个文件,实际是文件夹', `请删除或改名该文件夹,并放回 ${job.file} 文件` ) };
    return { problem: fileProblem(job.file, 'file.unreadable', `无法读取该文件(${code ?? String(error)})`, '请检查文件是否存在、是否有读取权限') };
  }
  const decoded = decodeContent(bytes);
  if (decoded.ok) return { text: decoded.text };
  const { message, fix } = encodingMessage(decoded);
  return { problem: fileProblem(job.file, 'file.encoding', message, fix, decoded.line, decoded.col) };
}

/** Parses and checks one file on its own; never throws, bad content or an unreadable file is a problem. */
export function readContentFile(job: FileJob): FileRead {
  const raw = readText(job);
  if ('problem' in raw) return { file: job.file, text: '', problems: [raw.problem] };
  const slips = typingSlips(raw.text.replace(/^\uFEFF/, ''), FIELD_NAMES.get(job.kind)!);
  if (slips.length > 0) return { file: job.file, text: raw.text, problems: slips.map((s) => fileProblem(job.file, s.code, s.message, s.fix, s.line, s.col)) };
  const { source, problems } = parseYamlSource(job.file, raw.text);
  const read: FileRead = { file: job.file, text: source.text, problems };
  if (problems.length > 0) return read;
  const result = SCHEMAS[job.kind].safeParse(source.data, { reportInput: true });
  // Bare `on`/`no` in a field the schema accepted as text; a field with a schema problem already has one.
  const ambiguous = yaml11Booleans(source);
  if (!result.success) {
    const schemaProblems = zodProblems(source, result.error);
    const reported = new Set(schemaProblems.map((p) => p.field));
    problems.push(...schemaProblems, ...ambiguous.filter((p) => !reported.has(p.field)));
    if (job.kind === 'report') read.partial = validFields(source.data);
    return read;
  }
  problems.push(...ambiguous);
  read.value = result.data;
  return read;
}

/**
 * Reads jobs in batches claimed from a shared counter until none are left. Every thread taking part
 * runs this over the same job list, so a thread that starts late or runs slow simply claims fewer batches.
 */
export function readClaimedBatches(jobs: readonly FileJob[], counter: Int32Array, batchSize: number, take: (index: number, read: FileRead) => void): void {
  for (;;) {
    const start = Atomics.add(counter, 0, batchSize);
    if (start >= jobs.length) return;
    const end = Math.min(start + batchSize, jobs.length);
    for (let i = start; i < end; i++) take(i, readContentFile(jobs[i]!));
  }
}
