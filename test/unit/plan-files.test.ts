// The files that name the plan are written from templates/ and the content (npm run plan-files): they are
// up to date, the templates name no city, and outside the content, the demo, the tests and these
// generated files no repository file names Tianmen.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { loadDataset } from '../../src/content/load.ts';
import { CODEOWNERS_PATH } from '../../src/workflow/codeowners.ts';
import { PLAN_FILES, planFacts, planFileOutput, planFileText, renderTemplate } from '../../src/workflow/plan-files.ts';
import { listFiles } from '../../src/fs/walk.ts';

const loaded = loadDataset({ contentDir: 'content' });
if (!loaded.ok) throw new Error('content/ does not load');
const facts = planFacts(loaded.dataset);

test.each(PLAN_FILES)('$output is what $template makes of content/ (npm run plan-files)', (entry) => {
  const current = readFileSync(planFileOutput(entry, facts), 'utf8');
  expect(current).toBe(planFileText(entry, readFileSync(entry.template, 'utf8'), facts, current));
});

test('no template names a city or one plan\'s numbers', () => {
  for (const file of listFiles('templates')) {
    const text = readFileSync(`templates/${file}`, 'utf8');
    expect(text, file).not.toMatch(/天门|天政办|tianmen/i);
  }
});

test('a name a template uses that the facts lack stops the writing', () => {
  expect(() => renderTemplate('见 {{plan.nickname}}', facts, 'templates/x.md')).toThrow('templates/x.md: 模板中的 {{plan.nickname}} 没有对应的值');
  expect(renderTemplate('{{plan.number}} 的 {{tasks.count}} 项任务', facts)).toBe('天政办发〔2022〕37号 的 40 项任务');
});

test('outside content/, examples/, the tests and the files generated from content/, no repository file names 天门', () => {
  const generated = new Set([...PLAN_FILES.filter((e) => !e.block).map((e) => planFileOutput(e, facts)), CODEOWNERS_PATH]);
  const blocks = PLAN_FILES.filter((e) => e.block);
  const tracked = execFileSync('git', ['ls-files'], { encoding: 'utf8' }).split('\n').filter(Boolean);
  const naming = tracked
    .filter((file) => !/^(content|examples|test)\//.test(file) && !generated.has(file) && existsSync(file) && !file.endsWith('package-lock.json'))
    .filter((file) => {
      let text = readFileSync(file, 'utf8');
      for (const entry of blocks.filter((e) => e.output === file)) text = text.replace(new RegExp(`<!-- ${entry.block}:[\\s\\S]*?<!-- /${entry.block} -->`), '');
      return text.includes('天门');
    });
  expect(naming).toEqual([]);
});
