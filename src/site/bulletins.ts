// Each covered quarter's 通报, built once per build from the site's dataset: the quarter page and its
// .docx endpoint ask for the same object.
import { bulletin, type Bulletin } from '../export/bulletin.ts';
import { scheduleByPeriod, withSharedIndexes } from '../derive/index.ts';
import type { PlanSite } from './dataset.ts';

const cache = new WeakMap<PlanSite, Map<string, Bulletin>>();

function bulletins(site: PlanSite): Map<string, Bulletin> {
  let built = cache.get(site);
  if (!built) {
    const schedules = scheduleByPeriod(withSharedIndexes(site.dataset));
    built = new Map(schedules.map((schedule) => [schedule.period, bulletin(site.dataset, schedule, site.lookup.missing.get(schedule.period)!)]));
    cache.set(site, built);
  }
  return built;
}

/** The 通报 of a covered quarter. */
export function bulletinOf(site: PlanSite, period: string): Bulletin {
  const found = bulletins(site).get(period);
  if (!found) throw new Error(`${period} 不是已报送的季度,没有通报`);
  return found;
}
