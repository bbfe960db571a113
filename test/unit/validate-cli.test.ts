// `npm run validate -- DIR` as staff and CI see it: one line per problem, then the summary, exit 1
// on any error; under GitHub Actions also `::error` annotations and a Markdown step summary.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test, describe } from 'vitest';
import { INVALID, MINIMAL, REPO_ROOT } from './fixture-corpus.ts';

// The scripts are TypeScript run by Node's type stripping (Node 24, the project's pinned `node`
// devDependency). vitest started straight from node_modules/.bin may run on an older system Node.
const NODE = Number(process.versions.node.split('.')[0]) >= 24 ? process.execPath : join(REPO_ROOT, 'node_modules/.bin/node');
const VALIDATE = join(REPO_ROOT, 'scripts/validate.ts');

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temp folder holding `content/`: the minimal dataset with the given cases' overlays applied. */
function contentCopy(...overlays: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'validate-cli-'));
  temps.push(root);
  cpSync(MINIMAL, join(root, 'content'), { recursive: true });
  for (const name of overlays) cpSync(join(INVALID, name, 'files'), join(root, 'content'), { recursive: true });
  return root;
}

/** Runs the CLI in `cwd` on `content`, with the GitHub variables of this process removed unless given. */
function validate(cwd: string, env: Record<string, string> = {}) {
  const base = { ...process.env };
  delete base.GITHUB_ACTIONS;
  delete base.GITHUB_STEP_SUMMARY;
  const result = spawnSync(NODE, [VALIDATE, 'content'], { cwd, env: { ...base, ...env }, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, lines: result.stdout.trimEnd().split('\n') };
}

/** The fix as the Markdown summary writes it: `_`, `(`, `)` and `:` as entities. */
const md = (text: string) => text.replace(/[_():]/g, (ch) => `&#${ch.codePointAt(0)};`);
const STATUS_FIX = '可选: completed(已完成), on_track(按计划推进), ongoing(常态化推进), at_risk(进度滞后), not_started(未启动)';

describe('scripts/validate.ts', () => {
  test('runs on Node 24 or later', () => {
    const version = spawnSync(NODE, ['--version'], { encoding: 'utf8' }).stdout.trim();
    expect(Number(/^v(\d+)\./.exec(version)?.[1])).toBeGreaterThanOrEqual(24);
  });

  test('the valid fixture: exit 0, and the output ends with the summary line', () => {
    const run = validate(contentCopy());
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.lines).toEqual(['9 files, 0 errors, 0 warnings']);
  });

  test('a DIR argument outside the working folder works too (the fixture in place)', () => {
    const base = { ...process.env };
    delete base.GITHUB_ACTIONS;
    delete base.GITHUB_STEP_SUMMARY;
    const run = spawnSync(NODE, [VALIDATE, MINIMAL], { cwd: REPO_ROOT, env: base, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('9 files, 0 errors, 0 warnings');
  });

  test('a broken copy: exit 1, one exact line per problem, then the summary', () => {
    const run = validate(contentCopy('status-done-is-not-a-status', 'task-unknown-area', 'reported-by-not-a-lead-unit'));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.lines).toEqual([
      `content/reports/2023-Q1/01.yaml:4:9 error status: "done" 不是有效状态,${STATUS_FIX}`,
      'content/reports/2023-Q1/03.yaml:10:14 error reported_by: "edu" 不是任务 3 的牵头单位,该任务的牵头单位: drc(市发改委), finance(市财政局)',
      'content/tasks/02.yaml:3:7 error area: 领域 "educaton" 不存在,可选: education, employment',
      '10 files, 3 errors, 0 warnings',
    ]);
  });

  test('warnings alone: exit 0, the warning line and the summary', () => {
    const run = validate(contentCopy('warning-value-100-times-target'));
    expect(run.status).toBe(0);
    expect(run.lines).toEqual([
      'content/reports/2023-Q1/01.yaml:14:12 warning metrics[1].value: 数值 2000 超过目标值 14所 的 100 倍,请核对单位(目标单位: 所;1.5万 写作 15000)',
      '9 files, 0 errors, 1 warnings',
    ]);
  });

  test('under GitHub Actions: ::error annotations and a Markdown table in the step summary', () => {
    const root = contentCopy('status-done-is-not-a-status', 'task-unknown-area');
    const summary = join(root, 'step-summary.md');
    writeFileSync(summary, '');
    const run = validate(root, { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary });
    expect(run.status).toBe(1);
    expect(run.lines).toEqual([
      `content/reports/2023-Q1/01.yaml:4:9 error status: "done" 不是有效状态,${STATUS_FIX}`,
      'content/tasks/02.yaml:3:7 error area: 领域 "educaton" 不存在,可选: education, employment',
      '9 files, 2 errors, 0 warnings',
      `::error file=content/reports/2023-Q1/01.yaml,line=4,col=9,title=schema.invalid-value status::status: "done" 不是有效状态,${STATUS_FIX}`,
      '::error file=content/tasks/02.yaml,line=3,col=7,title=ref.area area::area: 领域 "educaton" 不存在,可选: education, employment',
    ]);

    expect(existsSync(summary)).toBe(true);
    const markdown = readFileSync(summary, 'utf8');
    expect(markdown).toContain('9 files, 2 errors, 0 warnings');
    const table = markdown.split('\n').filter((line) => line.startsWith('|'));
    expect(table).toEqual([
      '| 级别 | 位置 | 字段 | 问题 | 修改建议 |',
      '|---|---|---|---|---|',
      `| 错误 | content/reports/2023-Q1/01&#46;yaml&#58;4&#58;9 | status | "done" 不是有效状态 | ${md(STATUS_FIX)} |`,
      '| 错误 | content/tasks/02&#46;yaml&#58;3&#58;7 | area | 领域 "educaton" 不存在 | 可选&#58; education, employment |',
    ]);
  });

  test('under GitHub Actions with a clean dataset: no annotations, and the summary says all passed', () => {
    const root = contentCopy();
    const summary = join(root, 'step-summary.md');
    const run = validate(root, { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary });
    expect(run.status).toBe(0);
    expect(run.lines).toEqual(['9 files, 0 errors, 0 warnings']);
    expect(readFileSync(summary, 'utf8')).toContain('全部通过');
  });
});

/** Runs the CLI in `cwd` with the given arguments, GitHub variables removed. */
function validateWith(cwd: string, args: string[]) {
  const base = { ...process.env };
  delete base.GITHUB_ACTIONS;
  delete base.GITHUB_STEP_SUMMARY;
  const result = spawnSync(NODE, [VALIDATE, ...args], { cwd, env: base, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, lines: result.stdout.trimEnd().split('\n') };
}

const USAGE = '用法: npm run validate -- [内容文件夹] [--reports 报告文件夹 [--plan 方案标识]] [--fix-encoding]';

describe('arguments that are wrong are named, and the content is still checked', () => {
  test('an unknown option and a second folder: a Chinese message each, every content problem still listed, exit 1', () => {
    const root = contentCopy('status-done-is-not-a-status');
    const run = validateWith(root, ['content', '--strict', 'other']);
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      `命令参数错误: 未知选项 --strict,已忽略;${USAGE}`,
      `命令参数错误: 只能指定一个内容文件夹,已校验 content,忽略 other;${USAGE}`,
    ]);
    expect(run.lines).toEqual([`content/reports/2023-Q1/01.yaml:4:9 error status: "done" 不是有效状态,${STATUS_FIX}`, '9 files, 1 errors, 0 warnings']);
    expect(run.status).toBe(1);
  });

  test('an unknown option on valid content still fails the run', () => {
    const run = validateWith(contentCopy(), ['content', '--fix']);
    expect(run.status).toBe(1);
    expect(run.lines).toEqual(['9 files, 0 errors, 0 warnings']);
  });

  test('a file given for the content folder is a located problem, not an internal error', () => {
    const run = validateWith(contentCopy(), ['content/site.yaml']);
    expect(run.lines).toEqual(['content/site.yaml:1:1 error 这里应是一个文件夹,实际是文件,请给出内容文件夹的路径(例如 content),而不是其中的一个文件', '0 files, 1 errors, 0 warnings']);
    expect(run.status).toBe(1);
  });

  test('--reports naming a folder that does not exist is the loader\'s located problem', () => {
    const run = validateWith(contentCopy(), ['content', '--reports', 'nowhere']);
    expect(run.lines).toEqual(['nowhere:1:1 error 报告文件夹不存在,请检查 --reports 后的路径', '7 files, 1 errors, 0 warnings']);
    expect(run.status).toBe(1);
  });

  test('--fix-encoding converts a GB18030 report, says so, and the run then passes', () => {
    const root = contentCopy('report-saved-as-gb18030');
    const run = validateWith(root, ['content', '--fix-encoding']);
    expect(run.lines).toEqual(['已转换编码: content/reports/2023-Q1/01.yaml: GB18030/GBK → UTF-8', '9 files, 0 errors, 0 warnings']);
    expect(run.status).toBe(0);
    expect(readFileSync(join(root, 'content/reports/2023-Q1/01.yaml'), 'utf8')).toBe(readFileSync(join(MINIMAL, 'reports/2023-Q1/01.yaml'), 'utf8'));
  });
});

test('on the demo dataset, claims that disagree with the 序时进度 are located warnings and do not fail the run', () => {
  const run = validateWith(REPO_ROOT, ['content', '--reports', 'examples/demo/reports']);
  expect(run.status).toBe(0);
  expect(run.lines).toContain(
    'examples/demo/reports/2023-Q1/31.yaml:6:9 warning status: 状态为"按计划推进",但按截至 2023-03-31 的数据,目标 temporary-exhibitions 为慢序时(落后序时进度 24.5 个百分点),请核对 metrics 中的数值;如确实落后,请把 status 改为 at_risk(进度滞后)',
  );
  expect(run.lines).toContain(
    'examples/demo/reports/2024-Q4/13.yaml:12:11 warning evidence: 状态为"已完成",但没有佐证材料,请在 evidence 中补充能证明已完成的公开材料(title 和以 https:// 开头的 url)',
  );
  expect(run.lines.at(-1)).toBe('375 files, 0 errors, 43 warnings');
});
