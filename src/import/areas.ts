// Area headings → areas.yaml entries. A heading is nearly always 开展…质量提升行动; its short name is the
// field in the middle (公共教育, 医疗服务), and common fields have the English ids Tianmen's content uses.
import type { Area } from '../schema/index.ts';
import type { PlanArea } from '../content/plan-text.ts';
import { pinyinSlug, uniqueId } from './units.ts';

const COMMON_AREAS: Record<string, string> = {
  公共教育: 'education',
  公共就业: 'employment',
  医疗服务: 'medical',
  社会保障: 'social-security',
  公用事业: 'utilities',
  生态环境: 'environment',
  公共交通: 'transport',
  公共安全: 'public-safety',
  公共文化: 'culture',
  公共体育: 'sports',
  养老服务: 'elderly-care',
  政务服务: 'government-services',
};

/** 开展公共教育服务质量提升行动 → 公共教育; 开展医疗服务质量提升行动 → 医疗服务 (two characters alone say too little). */
export function shortAreaName(name: string): string {
  const action = /^开展(.+?)(?:质量)?提升行动$/.exec(name);
  if (!action) return name;
  const withoutService = action[1]!.replace(/服务$/, '');
  return [...withoutService].length >= 4 ? withoutService : action[1]!;
}

export function areasFromHeadings(headings: readonly PlanArea[]): Area[] {
  const taken = new Set<string>();
  return headings.map((heading) => {
    const name = heading.name.replace(/[。．.]$/, '');
    const short = shortAreaName(name);
    return { id: uniqueId(COMMON_AREAS[short] ?? (pinyinSlug(short) || 'area'), taken), number: heading.number, name, short };
  });
}
