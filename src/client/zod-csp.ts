// Imported first by every browser module that validates: zod decides, as each object schema is created,
// whether to compile a faster parser with `new Function`. The site's CSP has no 'unsafe-eval', so that
// attempt (even zod's own probe for it) is blocked and reported as a violation; jitless skips both.
import { config } from 'zod';

config({ jitless: true });
