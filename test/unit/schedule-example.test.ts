import { expect, test } from 'vitest';
import { loadDataset } from '../../src/content/load.ts';
import { scheduleExample } from '../../src/site/schedule-example.ts';
import { makeDataset, makeTarget, makeTask } from './derive/fixture.ts';

test('the real plan: task 7, 30 job fairs by 2022-12-31 (the first 完成 target the text writes), judged at 2022-11-30 with half done', () => {
  const loaded = loadDataset({ contentDir: 'content' });
  if (!loaded.ok) throw new Error('content does not load');
  const example = scheduleExample(loaded.dataset)!;
  expect([example.task.id, example.target.id, example.start, example.deadline, example.judgedOn]).toEqual([7, 'online-job-fairs', '2022-10-13', '2022-12-31', '2022-11-30']);
  expect([example.daysElapsed, example.daysTotal, example.halfValue, example.tolerance]).toEqual([48, 79, 15, 5]);
  expect(example.atJudgedOn).toMatchObject({ expected: 60.8, actual: 50, gap: -10.8, class: 'behind' });
});

test('skips targets the text does not write, recurring ones and clocks too short for a month end; null without any', () => {
  const unquoted = makeTarget({ id: 'a', value: 7, unit: '个', comparator: 'reach', deadline: '2023-12-31' });
  const yearly = makeTarget({ id: 'b', value: 8, unit: '个', comparator: 'reach', deadline: '2023-12-31', recurring: 'yearly' });
  const short = makeTarget({ id: 'c', value: 9, unit: '个', comparator: 'reach', start: '2023-03-05', deadline: '2023-03-31' });
  const good = makeTarget({ id: 'd', value: 10, unit: '个', comparator: 'reach', start: '2023-01-01', deadline: '2023-07-15' });
  const task = makeTask({ id: 5, area: 'health', lead: ['health-bureau'], text: '建成8个、9个和10个站点', targets: [unquoted, yearly, short, good] });
  const example = scheduleExample(makeDataset([task], []))!;
  expect([example.target.id, example.judgedOn, example.daysElapsed, example.daysTotal]).toEqual(['d', '2023-06-30', 180, 195]);
  expect(example.atJudgedOn).toMatchObject({ expected: 92.3, actual: 50, class: 'behind' });
  expect(scheduleExample(makeDataset([makeTask({ id: 6, area: 'health', lead: ['health-bureau'], text: '', targets: [] })], []))).toBeNull();
});
