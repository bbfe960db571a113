// The form's ids live in one module: the page writes them, the browser code finds and builds with them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { controlAttributes, evidenceFields, evidenceRowId, FIELDS, ID, metricFields, statusChoiceId } from '../../../src/client/submit/form-fields.ts';

const ROOT = join(import.meta.dirname, '../../..');

test('a control is described by its hint (when it has one) and its error message', () => {
  expect(controlAttributes(FIELDS.task)).toEqual({ id: 'f-task', name: 'task', 'aria-describedby': 'f-task-hint f-task-error' });
  expect(controlAttributes(evidenceFields('f-e2').title)).toEqual({ id: 'f-e2-title', 'aria-describedby': 'f-e2-title-error' });
  expect(controlAttributes(evidenceFields('f-e2').url)).toEqual({ id: 'f-e2-url', 'aria-describedby': 'f-e2-url-hint f-e2-url-error' });
});

test('a target\'s fields: its unit in the label, and the hint says when the value is carried over', () => {
  const target = { id: 'beds', unit: '张' };
  const fresh = metricFields(target);
  expect([fresh.value.id, fresh.as_of.id, fresh.note.id]).toEqual(['f-m-beds-value', 'f-m-beds-as_of', 'f-m-beds-note']);
  expect(fresh.value.label).toBe('实际值(单位:张)');
  expect(fresh.value.hint).toBe('只写数字,不写单位;本季度没有数据可以不填。');
  expect(metricFields(target, '2024-12-31').value.hint).toBe('沿用此前报送的数值(截至 2024-12-31),请改为本季度的实际值;只写数字,不写单位。');
});

test('ids of rows and choices', () => {
  expect(evidenceRowId(3)).toBe('f-e3');
  expect(statusChoiceId('on_track')).toBe('f-status-on_track');
});

test('no id is written as a literal on the page or in the browser code other than in form-fields.ts', () => {
  const page = readFileSync(join(ROOT, 'src/pages/submit.astro'), 'utf8');
  // The page's own headings are not the form's: nothing in the browser code looks them up.
  expect([...page.matchAll(/\b(?:id|for|aria-describedby|aria-labelledby)="([^"]+)"/g)].map((m) => m[1])).toEqual(['form-heading', 'form-heading', 'manual-heading', 'manual-heading']);
  const dir = join(ROOT, 'src/client/submit');
  // An element looked up by a written id, or an id (or its -hint/-error part) spelt out.
  const written = /getElementById\(\s*['"`]|querySelector(?:All)?\(\s*['"`][^'"`]*#|['"`](?:f-|submit-app|report-form|error-summary|draft-note|task-retry|report-fields|metrics-intro|evidence-add|output-|form-status)|-(?:hint|error)['"`]/;
  const hits = readdirSync(dir)
    .filter((file) => file !== 'form-fields.ts')
    .flatMap((file) =>
      readFileSync(join(dir, file), 'utf8')
        .split('\n')
        .flatMap((line, i) => (written.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
  expect(hits).toEqual([]);
  expect(Object.values(ID)).toContain('metrics');
});
