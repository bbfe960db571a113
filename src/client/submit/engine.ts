// The heavy half of the form (zod, the validator's messages and rules, the serializer, the drafter): what
// the controller needs only once a task is chosen, and loads with import() then (its own chunk, issue #23).
// First, before any schema is created (see zod-csp.ts).
import '../zod-csp.ts';

export { checkReport } from './check.ts';
export { describeTarget, draftReport } from '../../content/report-yaml.ts';
