// archive.json: what a frozen quarter is (which quarter, when it was frozen, from which commit) and how to
// cite it. Written once by `npm run freeze`, checked by its checksum, read by the site's archive pages.
import { z } from 'zod';
import { PERIOD_PATTERN } from '../schema/period.ts';
import { isoDate, webUrl } from '../schema/text.ts';

export const ARCHIVE_RECORD_FILE = 'archive.json';
/** The content folder's archive: {contentDir}/archive/{period}/. */
export const ARCHIVE_FOLDER = 'archive';
/**
 * The git tag of a frozen quarter: it names the commit whose content the archive was made from. Quarters
 * repeat from plan to plan, so the plan's id is part of it.
 */
export const archiveTag = (plan: string, period: string) => `archive/${plan}/${period}`;

export const frozenQuarterSchema = z.strictObject({
  period: z.string().regex(PERIOD_PATTERN),
  frozen_on: isoDate(),
  /** The content repository's commit the archive was built from (and the tag points at). */
  commit: z.string().regex(/^[0-9a-f]{40}$/),
  tag: z.string(),
  url: webUrl(),
  citation: z.string(),
  /** Every file of the archive but the checksum list, in the order SHA256SUMS lists them. */
  files: z.array(z.string()),
});

export type FrozenQuarter = z.infer<typeof frozenQuarterSchema>;
