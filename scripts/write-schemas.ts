// npm run schemas: writes schemas/*.schema.json (the JSON Schema of each content file kind) from the zod
// schemas, through the module the site's /schemas/ endpoints use. Run it after changing src/schema/;
// test/unit/json-schema.test.ts fails while the committed files differ.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonSchemaText, SCHEMA_FILE_NAMES } from '../src/export/json-schema.ts';

const SCHEMAS_DIR = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'schemas');

mkdirSync(SCHEMAS_DIR, { recursive: true });
for (const name of SCHEMA_FILE_NAMES) {
  writeFileSync(join(SCHEMAS_DIR, name), jsonSchemaText(name), 'utf8');
  console.log(`schemas/${name}`);
}
