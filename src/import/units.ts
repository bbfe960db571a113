// Unit names as a plan writes them → units.yaml entries with stable ASCII ids. Common departments have
// the English ids Tianmen's content already uses (a city's URLs then read alike everywhere); any other
// name gets the pinyin of its words, which a reader of the name can still recognise in the address.
import { pinyin } from 'pinyin-pro';
import type { Unit } from '../schema/index.ts';

/** Department names without the level prefix (市/县/区) → id. Several spellings of one department share an id. */
const COMMON_UNITS: Record<string, string> = {
  教育局: 'edu',
  发改委: 'drc',
  发展和改革委员会: 'drc',
  发展改革委: 'drc',
  财政局: 'finance',
  住建局: 'housing',
  住房和城乡建设局: 'housing',
  自然资源和规划局: 'natural-resources',
  自然资源局: 'natural-resources',
  文化和旅游局: 'culture-tourism',
  文旅局: 'culture-tourism',
  市场监督管理局: 'market-regulation',
  市场监管局: 'market-regulation',
  科技局: 'science-tech',
  卫健委: 'health',
  卫生健康委员会: 'health',
  卫健局: 'health',
  人社局: 'hrss',
  人力资源和社会保障局: 'hrss',
  经信局: 'economy-it',
  经济和信息化局: 'economy-it',
  医疗保障局: 'healthcare-security',
  医保局: 'healthcare-security',
  城市管理执法局: 'urban-management',
  城管局: 'urban-management',
  水利和湖泊局: 'water',
  水利局: 'water',
  生态环境局: 'ecology-environment',
  供电公司: 'power-supply',
  交通运输局: 'transport',
  商务局: 'commerce',
  公安局: 'public-security',
  农业农村局: 'agriculture',
  现代农业服务中心: 'modern-agriculture-center',
  应急管理局: 'emergency',
  政务服务和大数据管理局: 'gov-services-data',
  人行: 'pboc',
  人民银行: 'pboc',
  委网信办: 'cyberspace',
  委宣传部: 'publicity',
  融媒体中心: 'media-center',
  文联: 'literary-federation',
  民政局: 'civil-affairs',
  司法局: 'justice',
  审计局: 'audit',
  统计局: 'statistics',
  税务局: 'tax',
  退役军人事务局: 'veterans-affairs',
  林业局: 'forestry',
  体育局: 'sports',
  残联: 'disabled-persons-federation',
  妇联: 'womens-federation',
  总工会: 'trade-union',
  气象局: 'meteorology',
  数据局: 'data',
  各乡镇办场: 'townships',
  各乡镇: 'townships',
  各公共服务单位: 'public-service-units',
};

// A plan names its own level's departments with one character in front (市教育局, 县教育局, 区教育局).
const LEVEL_PREFIX = /^[市县区]/;
/** 各乡镇办场, 各公共服务单位: many bodies under one name, never one office. */
const COLLECTIVE = /^各/;

const tableKey = (name: string) => (COLLECTIVE.test(name) ? name : name.replace(LEVEL_PREFIX, ''));

/** The pinyin of a name's Chinese words, lower case, joined by hyphens; other characters dropped. */
export function pinyinSlug(text: string, maxSyllables = Infinity): string {
  const syllables = pinyin(text, { toneType: 'none', type: 'array', v: true, nonZh: 'removed' })
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .filter(Boolean);
  return syllables.slice(0, maxSyllables).join('-');
}

/** Each name once, in order of first appearance, with an id that no other unit of the plan has. */
export function unitsFromNames(names: readonly string[]): Unit[] {
  const units: Unit[] = [];
  const taken = new Set<string>();
  for (const name of new Set(names)) {
    const base = COMMON_UNITS[tableKey(name)] ?? (pinyinSlug(name.replace(LEVEL_PREFIX, '')) || 'unit');
    units.push({ id: uniqueId(base, taken), name, kind: COLLECTIVE.test(name) ? 'collective' : 'department' });
  }
  return units;
}

/** `base`, or base-2, base-3 … when taken; the result is added to `taken`. */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** Whether a unit's id came from the table (false: from pinyin, worth a look). */
export const isCommonUnit = (name: string) => tableKey(name) in COMMON_UNITS;
