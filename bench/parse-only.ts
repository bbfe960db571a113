// The floor for validation: read and parse every .yaml file of a content folder with `yaml`, nothing else
// (no schema, no line mapping, no cross-checks). npm run bench compares the validator with this.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const dir = process.argv[2];
if (!dir) throw new Error('usage: node bench/parse-only.ts DIR');
let files = 0;
for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.yaml')) continue;
  parse(readFileSync(join(entry.parentPath, entry.name), 'utf8'));
  files++;
}
console.log(`${files} files parsed`);
