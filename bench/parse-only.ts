// The floor for validation: read and parse every .yaml file of a content folder with `yaml`, nothing else
// (no schema, no line mapping, no cross-checks). npm run bench compares the validator with this.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { walkEntries } from '../src/fs/walk.ts';

const dir = process.argv[2];
if (!dir) throw new Error('usage: node bench/parse-only.ts DIR');
let files = 0;
for (const { path, entry } of walkEntries(dir)) {
  if (!entry.isFile() || !path.endsWith('.yaml')) continue;
  parse(readFileSync(join(dir, path), 'utf8'));
  files++;
}
console.log(`${files} files parsed`);
