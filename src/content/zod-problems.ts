// zod issues → located Chinese problems: the words come from zod-messages.ts (shared with the browser
// submission form), the file:line:col from the YAML source.
import type { z } from 'zod';
import { problemAt, type YamlSource } from './yaml-source.ts';
import type { Problem } from './problem.ts';
import { issueMessages } from './zod-messages.ts';

/** One located problem per zod issue (one per key for unknown keys). */
export function zodProblems(source: YamlSource, error: z.ZodError, fixFor?: (path: readonly PropertyKey[]) => string | undefined): Problem[] {
  return issueMessages(error, source.data).map((m) =>
    problemAt(source, m.path, `schema.${m.code}`, m.message, fixFor?.(m.path) ?? m.fix, { key: m.key ?? false, find: m.find }),
  );
}
