// The importer's rules, one wording at a time: values, units, comparators, deadlines, repeats, the
// numbers that are no target, unit and area ids.
import { describe, expect, test } from 'vitest';
import { shortAreaName } from '../../src/import/areas.ts';
import { findTargets } from '../../src/import/targets.ts';
import { pinyinSlug, unitsFromNames } from '../../src/import/units.ts';

const one = (text: string, planYear = 2022) => {
  const { targets } = findTargets(text, planYear);
  expect(targets).toHaveLength(1);
  const { value, unit, comparator, deadline, recurring } = targets[0]!;
  return { value, unit, comparator, deadline, recurring };
};

describe('values and units', () => {
  test.each([
    ['普惠覆盖率达到85%以上。', 85, '%'],
    ['组织企业提供岗位1.5万个次。', 15000, '个次'],
    ['微信推送就业服务信息20万人次以上。', 200000, '人次'],
    ['安排专项资金800万元。', 800, '万元'],
    ['实行5个工作日内完成审核。', 5, '个工作日'],
    ['抽检食品3169批次。', 3169, '批次'],
    ['接通率达到９５％以上。', 95, '%'],
  ])('%s → %d %s', (text, value, unit) => {
    expect(one(text)).toMatchObject({ value, unit });
  });

  test('1G、200M: two targets on one quote, each with a review note', () => {
    const { targets } = findTargets('力争2023年10月底前将市—乡(镇)、村网络带宽分别扩容到1G、200M。', 2022);
    expect(targets.map((t) => [t.value, t.unit, t.quote])).toEqual([
      [1, 'G', '力争2023年10月底前将市—乡(镇)、村网络带宽分别扩容到1G、200M'],
      [200, 'M', '力争2023年10月底前将市—乡(镇)、村网络带宽分别扩容到1G、200M'],
    ]);
    expect(targets.map((t) => t.review)).toEqual([
      '一句中列出 2 个目标值(1G、200M),已拆成 2 个目标:请核对每个目标的名称(label)和计量单位',
      '一句中列出 2 个目标值(1G、200M),已拆成 2 个目标:请核对每个目标的名称(label)和计量单位',
    ]);
  });
});

describe('comparators from the wording', () => {
  test.each([
    ['覆盖率达到85%以上。', 'at_least'],
    ['医院不少于1家。', 'at_least'],
    ['组织开展不低于1500人样本的监测。', 'at_least'],
    ['办结时限不超过5个工作日。', 'at_most'],
    ['审核时间5个工作日以内。', 'at_most'],
    ['企业开办时间压减至1天。', 'at_most'],
    ['停电时长同比压降10%。', 'reduce_by'],
    ['投诉量下降10%。', 'reduce_by'],
    ['机构数量增加至182家。', 'reach'],
    ['完成1个示范广场提档升级。', 'reach'],
    ['新建社区服务站30个。', 'reach'],
    ['改造406户。', 'reach'],
  ])('%s → %s', (text, comparator) => {
    expect(one(text).comparator).toBe(comparator);
  });

  test('a share with no comparator word is reach, and asks a person', () => {
    const { targets } = findTargets('企业服务满意度92%。', 2024);
    expect(targets.map((t) => [t.comparator, t.review])).toEqual([['reach', '比例没有写明“以上”“不低于”“不超过”等,已按完成(reach)处理:请确认比较方式']]);
  });
});

describe('deadlines and repeats from the text', () => {
  test.each([
    ['2022年底前新建公厕5座。', 2022, '2022-12-31'],
    ['力争2023年10月底前扩容到200M。', 2022, '2023-10-31'],
    ['年内新建服务站30个。', 2024, '2024-12-31'],
    ['“十四五”期间,覆盖率达到85%以上。', 2022, '2025-12-31'],
    ['到2023年,利用率达到80%以上。', 2022, '2023-12-31'],
    ['2022年组织招聘会30场、直播带岗活动12场。', 2022, '2022-12-31'],
  ])('%s → %s', (text, planYear, deadline) => {
    expect(findTargets(text, planYear).targets.map((t) => t.deadline)).toEqual(text.includes('12场') ? [deadline, deadline] : [deadline]);
  });

  test.each([
    ['每年培训服务人员不少于200人次。', 'yearly'],
    ['全年新增示范社区1个。', 'yearly'],
    ['推进完成年度40%整治目标。', 'yearly'],
    ['每天不少于2小时。', 'daily'],
  ])('%s → %s, no deadline', (text, recurring) => {
    expect(one(text)).toMatchObject({ recurring, deadline: undefined });
  });

  test('a sentence without a time word has no deadline', () => {
    expect(one('新(改、扩)建义务教育学校14所。').deadline).toBeUndefined();
  });
});

describe('numbers that are no target', () => {
  test.each([
    ['进一步优化12333热线。', '进一步优化12333热线', '服务热线或电话号码,不是数量目标'],
    ['通过96110三方通话机制。', '通过96110三方通话机制', '服务热线或电话号码,不是数量目标'],
    ['推行人工智能7×24小时服务。', '推行人工智能7×24小时服务', '服务时段表述(如 7×24 小时),不是数量目标'],
    ['推行课后服务“5+2”模式。', '推行课后服务“5+2”模式', '引号或书名号中的名称(模式、活动、文件名称),不是数量目标'],
    ['推广10千伏和0.4千伏不停电作业。', '推广10千伏和0.4千伏不停电作业', '电压等级,不是数量目标'],
    ['开展2022年度养老机构等级评定工作。', '开展2022年度养老机构等级评定工作', '年度工作名称中的年份,不是数量目标'],
    ['参加第2届运动会。', '参加第2届运动会', '序数(第几),不是数量目标'],
    ['建设5G基站。', '建设5G基站', '型号、标准或技术名称中的编号,不是数量目标'],
  ])('%s', (text, quote, reason) => {
    expect(findTargets(text, 2022)).toEqual({ targets: [], nonTargets: [{ quote, reason }], passedOver: [] });
  });

  test('a number with no measure word is passed over for a person', () => {
    expect(findTargets('评分达到95。', 2022)).toEqual({ targets: [], nonTargets: [], passedOver: [{ number: '95', quote: '评分达到95', reason: '数字后面没有可识别的计量单位' }] });
  });
});

describe('unit and area ids', () => {
  test('common departments by the table, at any level; other names by pinyin; 各… is collective', () => {
    expect(unitsFromNames(['市教育局', '县人社局', '各乡镇办场', '市工商业联合会', '各街道办事处', '市教育局'])).toEqual([
      { id: 'edu', name: '市教育局', kind: 'department' },
      { id: 'hrss', name: '县人社局', kind: 'department' },
      { id: 'townships', name: '各乡镇办场', kind: 'collective' },
      { id: 'gong-shang-ye-lian-he-hui', name: '市工商业联合会', kind: 'department' },
      { id: 'ge-jie-dao-ban-shi-chu', name: '各街道办事处', kind: 'collective' },
    ]);
  });

  test('two names of one department get two ids', () => {
    expect(unitsFromNames(['市卫健委', '市卫生健康委员会']).map((u) => u.id)).toEqual(['health', 'health-2']);
  });

  test('pinyin ids are lower-case ASCII, other characters dropped', () => {
    expect(pinyinSlug('绿色G3通道')).toBe('lv-se-tong-dao');
    expect(pinyinSlug('市政务服务和大数据管理局', 3)).toBe('shi-zheng-wu');
  });

  test.each([
    ['开展公共教育服务质量提升行动', '公共教育'],
    ['开展医疗服务质量提升行动', '医疗服务'],
    ['开展生态环境质量提升行动', '生态环境'],
    ['优化社区便民服务', '优化社区便民服务'],
  ])('%s → %s', (name, short) => {
    expect(shortAreaName(name)).toBe(short);
  });
});
