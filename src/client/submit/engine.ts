// The heavy half of the form (zod, the validator's messages and rules, the serializer, the drafter): what
// the controller needs only once a task is chosen.
// First, before any schema is created (see zod-csp.ts).
import '../zod-csp.ts';

export { checkReport } from './check.ts';
export { describeTarget, draftReport } from '../../content/report-yaml.ts';
