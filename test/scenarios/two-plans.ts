// The two-plan scenario (issue #25): Tianmen's plan and the Qingshan fixture plan on one site, sharing one
// units.yaml and overlapping in units (市财政局, 市商务局, 市人社局, 市民政局, and 市市场监督管理局, which Qingshan
// spells 市市场监管局) and in quarters (2024-Q1 to 2025-Q4 lie in both windows). `npm test` writes it
// (node test/scenarios/two-plans.ts), builds it to dist-two/ with the demo reports as Tianmen's (so both plans
// have reported quarters; the site is labelled demo) and runs the browser suite over it. The folder is
// written fresh every time from content/ and the fixture, and is gitignored.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseDocument } from 'yaml';
import { DEFAULT_CONTENT_DIR } from '../../src/site/build-kind.ts';

export const TWO_PLANS_SCENARIO = {
  contentDir: join('.scenarios', 'two', 'content'),
  outDir: 'dist-two',
  /** The plan whose reports the build takes from the demo dataset. */
  demoPlan: 'ggfw-2022',
  plans: ['ggfw-2022', 'qingshan-2024'],
} as const;

const QINGSHAN = join('test', 'fixtures', 'plans', 'qingshan', 'content');
const PLAN_FILES = ['plan.yaml', 'areas.yaml', 'tasks', 'reports', 'source'];

interface UnitEntry {
  id: string;
  name: string;
  aliases?: string[];
}

/**
 * Writes `{site.yaml,units.yaml,plans/ggfw-2022/,plans/qingshan-2024/}` into `contentDir`. The unit list is
 * Tianmen's, with Qingshan's units that Tianmen lacks appended and Qingshan's spelling of a shared unit as
 * its alias: what a city does when a second plan arrives.
 */
export function writeTwoPlansContent(contentDir: string = TWO_PLANS_SCENARIO.contentDir, from: { tianmen?: string; qingshan?: string } = {}): string {
  const tianmen = from.tianmen ?? DEFAULT_CONTENT_DIR;
  const qingshan = from.qingshan ?? QINGSHAN;
  rmSync(contentDir, { recursive: true, force: true });
  mkdirSync(join(contentDir, 'plans'), { recursive: true });
  cpSync(join(tianmen, 'site.yaml'), join(contentDir, 'site.yaml'));
  for (const [planDir, id] of [[join(tianmen, 'plans', 'ggfw-2022'), 'ggfw-2022'], [qingshan, 'qingshan-2024']] as const) {
    for (const name of PLAN_FILES) cpSync(join(planDir, name), join(contentDir, 'plans', id, name), { recursive: true });
  }
  const units = parseDocument(readFileSync(join(tianmen, 'units.yaml'), 'utf8'));
  const known = new Map((units.toJS().units as UnitEntry[]).map((u, i) => [u.id, { unit: u, i }]));
  for (const unit of parse(readFileSync(join(qingshan, 'units.yaml'), 'utf8')).units as UnitEntry[]) {
    const same = known.get(unit.id);
    if (!same) units.addIn(['units'], unit);
    else if (same.unit.name !== unit.name) units.setIn(['units', same.i, 'aliases'], [unit.name]);
  }
  writeFileSync(join(contentDir, 'units.yaml'), units.toString());
  return contentDir;
}

if (import.meta.main) console.log(`两个方案场景的内容: ${writeTwoPlansContent()}`);
