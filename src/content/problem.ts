// A problem found in content: where it is, what is wrong and how to fix it, in Chinese.
// Every check in the project reports through this one shape.

export type Severity = 'error' | 'warning';

export interface Problem {
  /** Path as the user typed it or relative to the working folder, with forward slashes. */
  file: string;
  line: number;
  col: number;
  severity: Severity;
  /** Stable machine code, e.g. `yaml.duplicate-key`, `schema.invalid-value`, `report.reported-by`. */
  code: string;
  /** Field path inside the file, e.g. `metrics[0].value`; empty for the whole file. */
  field: string;
  message: string;
  fix?: string;
}

export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.code.localeCompare(b.code),
  );
}
