import { expect, test } from 'vitest';
import { claimNote, gapText, halfYearSummary, halfYearVerdict, shareText } from '../../src/site/schedule-text.ts';
import { makeTarget } from './derive/fixture.ts';

const task = { targets: [makeTarget({ id: 'roads', label: '改造道路', value: 406, comparator: 'reach' }), makeTarget({ id: 'lamps', label: '路灯', value: 3, comparator: 'at_least' })] };

test('gaps and shares in words and points', () => {
  expect([gapText(-10.8), gapText(3.2), gapText(0), gapText(null), gapText(-1234.5)]).toEqual(['落后 10.8 个百分点', '超前 3.2 个百分点', '持平', '—', '落后 1,234.5 个百分点']);
  expect([shareText(60.8), shareText(100), shareText(0), shareText(null)]).toEqual(['60.8%', '100%', '0%', '—']);
});

test('双过半: met only when every due target is half done; nothing due is no verdict', () => {
  expect(halfYearVerdict({ due: 9, allHalf: false })).toEqual({ word: '未实现双过半', symbol: '✖', colour: 'red' });
  expect(halfYearVerdict({ due: 2, allHalf: true })).toEqual({ word: '已实现双过半', symbol: '✔', colour: 'green' });
  expect(halfYearVerdict({ due: 0, allHalf: false })).toEqual({ word: '无到期目标', symbol: '◇', colour: 'grey' });
  const year = { year: 2023, judgedOn: '2023-06-30', targets: [], due: 9, halfDone: 5, share: 55.6, allHalf: false };
  expect(halfYearSummary(year)).toBe('截至2023年6月30日,2023年内到期的 9 个数量目标中,5 个已完成一半以上(占 55.6%)。');
  expect(halfYearSummary({ ...year, due: 0, halfDone: 0, share: null })).toBe('2023年没有到期的数量目标,不作双过半判断。');
});

test('a note per kind of disagreement, naming the targets by their labels', () => {
  expect(claimNote({ task: 3, period: '2022-Q4', kind: 'on_track_behind', targets: ['roads', 'lamps'] }, task)).toBe(
    '单位报送的状态为“按计划推进”,但按截至2022年12月31日的数据,目标“改造道路”、“路灯”落后于序时进度或已逾期。',
  );
  expect(claimNote({ task: 3, period: '2023-Q3', kind: 'completed_unmet', targets: ['lamps'] }, task)).toBe('单位报送的状态为“已完成”,但目标“路灯”尚未达到目标值。');
  expect(claimNote({ task: 3, period: '2023-Q3', kind: 'completed_without_evidence', targets: [] }, task)).toBe('单位报送的状态为“已完成”,但没有附佐证材料。');
});
