// npm run import:plan -- FILE --into DIR: an imported plan added to an existing site, as plans/<id>/ beside
// the plans already there. The site's units are shared: a unit the site already lists (by its name or one of
// its aliases) keeps the site's id and the tasks are pointed at it; a unit it lacks is appended to units.yaml,
// its id made unique. Nothing is written when the site cannot take the plan (no site, one-plan shape, an id
// taken or reserved), and nothing already there is ever changed but units.yaml, which only grows.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isSeq, parse, parseDocument } from 'yaml';
import { planFolder } from '../content/paths.ts';
import type { Unit } from '../schema/index.ts';
import { SLUG_PATTERN } from '../schema/text.ts';
import { RESERVED_PLAN_IDS } from '../site/url-scheme.ts';
import type { ImportedPlan } from './plan-content.ts';
import { uniqueId } from './units.ts';
import { writePlanFolder } from './write-content.ts';

export class AddPlanError extends Error {}

export interface AddedPlan {
  /** The plan as written: its id, and its tasks pointing at the site's unit ids. */
  imported: ImportedPlan;
  /** Relative to the site folder: plans/<id>/. */
  folder: string;
  /** Units appended to units.yaml, with their final ids. */
  addedUnits: Unit[];
  /** Units the site already had: the plan's name for it → the site's id. */
  sharedUnits: { name: string; id: string }[];
}

/** Adds the plan to the site at `siteDir` (the content folder holding site.yaml and units.yaml). */
export function addPlanToSite(siteDir: string, imported: ImportedPlan, requestedId?: string): AddedPlan {
  const shown = siteDir.replace(/\/+$/, '');
  for (const name of ['site.yaml', 'units.yaml']) {
    if (!existsSync(join(siteDir, name))) throw new AddPlanError(`${shown} 中没有 ${name},不是一个网站的内容文件夹。新网站请先运行 npm run init -- --empty,或用 --out 导入到新文件夹`);
  }
  if (existsSync(join(siteDir, 'plan.yaml'))) {
    const old = (parse(readFileSync(join(siteDir, 'plan.yaml'), 'utf8')) as { id?: string } | null)?.id ?? '现有方案标识';
    throw new AddPlanError(
      `${shown} 是一个方案的结构(plan.yaml 在 ${shown}/ 中),第二个方案无处可放。请先把现有方案移到 ${shown}/plans/${old}/,例如:mkdir -p ${shown}/plans/${old} && git mv ${['plan.yaml', 'areas.yaml', 'tasks', 'reports', 'source', 'archive'].filter((n) => existsSync(join(siteDir, n))).map((n) => `${shown}/${n}`).join(' ')} ${shown}/plans/${old}/,再重新导入`,
    );
  }
  const id = requestedId ?? imported.plan.id;
  if (!SLUG_PATTERN.test(id)) throw new AddPlanError(`方案标识 ${id} 只能用小写英文字母、数字和连字符,请用 --id 另定,例如 --id ggfw-2024`);
  if (RESERVED_PLAN_IDS.has(id)) throw new AddPlanError(`方案标识 ${id} 是网站栏目的网址,不能用作方案标识。请用 --id 另定`);
  const plansDir = join(siteDir, 'plans');
  const taken = existsSync(plansDir)
    ? readdirSync(plansDir).filter((name) => name === id || (existsSync(join(plansDir, name, 'plan.yaml')) && (parse(readFileSync(join(plansDir, name, 'plan.yaml'), 'utf8')) as { id?: string } | null)?.id === id))
    : [];
  if (taken.length > 0) throw new AddPlanError(`方案标识 ${id} 已被 ${shown}/plans/${taken[0]}/ 使用,导入不会覆盖已有方案。如果这是另一个方案,请用 --id 另定方案标识`);

  const unitsPath = join(siteDir, 'units.yaml');
  const doc = parseDocument(readFileSync(unitsPath, 'utf8'));
  const siteUnits = ((doc.toJS() as { units?: Unit[] } | null)?.units ?? []) as Unit[];
  const byName = new Map<string, string>();
  for (const unit of siteUnits) for (const name of [unit.name, ...(unit.aliases ?? [])]) byName.set(name, unit.id);
  const ids = new Set(siteUnits.map((u) => u.id));
  const renamed = new Map<string, string>();
  const addedUnits: Unit[] = [];
  const sharedUnits: AddedPlan['sharedUnits'] = [];
  for (const unit of imported.units) {
    const existing = byName.get(unit.name);
    if (existing !== undefined) {
      renamed.set(unit.id, existing);
      sharedUnits.push({ name: unit.name, id: existing });
      continue;
    }
    const added = { ...unit, id: uniqueId(unit.id, ids) };
    renamed.set(unit.id, added.id);
    addedUnits.push(added);
  }
  const to = (unit: string) => renamed.get(unit) ?? unit;
  const plan: ImportedPlan = {
    ...imported,
    plan: { ...imported.plan, id },
    units: addedUnits,
    tasks: imported.tasks.map((t) => ({ ...t, lead: t.lead.map(to), responsible: t.responsible.map(to) })),
    pinyinUnits: imported.pinyinUnits.flatMap((u) => addedUnits.filter((a) => a.name === u.name)),
  };

  const folder = planFolder(id);
  writePlanFolder(join(siteDir, folder), plan);
  if (addedUnits.length > 0) {
    if (!doc.has('units')) doc.set('units', []);
    for (const unit of addedUnits) doc.addIn(['units'], unit);
    // A new site's `units: []` is written in flow style; the units appended to it read as every other list does.
    const list = doc.get('units');
    if (isSeq(list)) list.flow = false;
    writeFileSync(unitsPath, doc.toString({ lineWidth: 0 }));
  }
  return { imported: plan, folder, addedUnits, sharedUnits };
}
