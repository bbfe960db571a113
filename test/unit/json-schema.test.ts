// The JSON Schema for editors (src/export/json-schema.ts) against the validator:
// - the committed schemas/ files are exactly what the module generates;
// - every `# yaml-language-server: $schema=…` comment in content/ and examples/ names an existing schema
//   of the right kind, and that schema accepts the file (real tasks, plan, areas, units, site, every demo
//   report): the JSON Schema never rejects what the validator accepts;
// - it rejects every invalid fixture the zod schema rejects, at the same fields, except the cases listed
//   in BEYOND_THE_SCHEMA, each with what the JSON Schema does instead and why.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { jsonSchema, jsonSchemaText, SCHEMA_FILE_NAMES, type SchemaFileName } from '../../src/export/json-schema.ts';
import { walkEntries } from '../../src/fs/walk.ts';
import { caseNames, INVALID, MINIMAL, readExpected, REPO_ROOT } from './fixture-corpus.ts';

const SCHEMAS_DIR = join(REPO_ROOT, 'schemas');

// format: 'date' is an annotation in draft 2020-12 (ajv validates formats only with ajv-formats); the
// date's pattern carries the check. Strict mode: an unknown keyword in a generated schema fails here.
const ajv = new Ajv2020({ allErrors: true, strict: true, validateFormats: false });
const validators = new Map<SchemaFileName, ValidateFunction>(SCHEMA_FILE_NAMES.map((name) => [name, ajv.compile(jsonSchema(name))]));

/** Which schema a content file's kind uses, from its path inside a content (or fixture) folder. */
function kindOf(pathInContent: string): SchemaFileName | undefined {
  const path = pathInContent.split(sep).join('/');
  if (/^tasks\/[^/]+\.yaml$/.test(path)) return 'task.schema.json';
  if (/^reports\/[^/]+\/[^/]+\.yaml$/.test(path)) return 'report.schema.json';
  const top = /^(units|areas|plan|site)\.yaml$/.exec(path);
  return top ? (`${top[1]}.schema.json` as SchemaFileName) : undefined;
}

/** What an editor sees: the file parsed with `yaml` (YAML 1.2 core), a leading BOM dropped. */
function readData(file: string): unknown {
  return parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { logLevel: 'error' });
}

/** `/metrics/0/value` for each failing place; a missing or unknown key is named at its own path. */
function errorPaths(errors: ErrorObject[] | null | undefined): Set<string> {
  return new Set(
    (errors ?? []).map((e) => {
      const key = (e.params as { missingProperty?: string; additionalProperty?: string }).missingProperty ?? (e.params as { additionalProperty?: string }).additionalProperty;
      return key === undefined ? e.instancePath : `${e.instancePath}/${key}`;
    }),
  );
}

/** The validator's field (`metrics[0].value`) as a JSON pointer (`/metrics/0/value`). */
const pointer = (field: string) => (field === '' ? '' : `/${field.replace(/\[(\d+)\]/g, '.$1').split('.').join('/')}`);

// Links in the fixtures (the symlink cases) are the validator's business, not files to read here.
const walk = (dir: string) => walkEntries(dir).filter(({ entry }) => !entry.isSymbolicLink()).map(({ path }) => join(dir, path));

describe('the committed schemas/ folder', () => {
  test.each(SCHEMA_FILE_NAMES)('schemas/%s is what src/export/json-schema.ts generates', (name) => {
    const file = join(SCHEMAS_DIR, name);
    const committed = existsSync(file) ? readFileSync(file, 'utf8') : '(missing)';
    expect(committed, `schemas/${name} is out of date: run \`npm run schemas\` and commit the result`).toBe(jsonSchemaText(name));
  });

  test('holds nothing else', () => {
    expect(readdirSync(SCHEMAS_DIR).sort(), 'run `npm run schemas`; remove files it does not write').toEqual([...SCHEMA_FILE_NAMES].sort());
  });

  test.each(SCHEMA_FILE_NAMES)('%s is draft 2020-12 with a Chinese title and the rules it cannot check', (name) => {
    const schema = jsonSchema(name);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toMatch(/[\u4e00-\u9fff]/);
    expect(schema.$comment).toContain('npm run validate');
    expect(schema.additionalProperties).toBe(false);
  });

  test('every field of a task and a report has a Chinese description', () => {
    const undescribed: string[] = [];
    const visit = (node: unknown, path: string) => {
      if (!node || typeof node !== 'object') return;
      const properties = (node as { properties?: Record<string, unknown> }).properties ?? {};
      for (const [key, child] of Object.entries(properties)) {
        if (!/[\u4e00-\u9fff]/.test(String((child as { description?: string }).description ?? ''))) undescribed.push(`${path}.${key}`);
        visit(child, `${path}.${key}`);
        visit((child as { items?: unknown }).items, `${path}.${key}[]`);
      }
    };
    for (const name of SCHEMA_FILE_NAMES) visit(jsonSchema(name), name);
    expect(undescribed).toEqual([]);
  });
});

describe('every content file with a schema comment', () => {
  const SCHEMA_COMMENT = /^# yaml-language-server: \$schema=(\S+)\s*$/m;
  const roots = [join(REPO_ROOT, 'content'), join(REPO_ROOT, 'examples')];
  const files = roots.flatMap(walk).filter((file) => file.endsWith('.yaml'));
  const commented = files.filter((file) => SCHEMA_COMMENT.test(readFileSync(file, 'utf8')));

  test('includes every task, the four top-level files and every demo report', () => {
    const rel = commented.map((file) => relative(REPO_ROOT, file).split(sep).join('/'));
    const count = (re: RegExp) => rel.filter((path) => re.test(path)).length;
    expect(count(/^content\/plans\/[^/]+\/tasks\/\d+\.yaml$/)).toBe(40);
    for (const top of ['site', 'units']) expect(rel).toContain(`content/${top}.yaml`);
    for (const inPlan of ['plan', 'areas']) expect(count(new RegExp(`^content/plans/[^/]+/${inPlan}\\.yaml$`))).toBe(1);
    const demoReports = walk(join(REPO_ROOT, 'examples/demo/reports')).filter((file) => file.endsWith('.yaml')).length;
    expect(demoReports).toBeGreaterThan(300);
    expect(count(/^examples\/demo\/reports\/\d{4}-Q\d\/\d+\.yaml$/)).toBe(demoReports);
  });

  test('names an existing schema in schemas/ of its own kind, and that schema accepts the file', () => {
    const problems: string[] = [];
    for (const file of commented) {
      const rel = relative(REPO_ROOT, file).split(sep).join('/');
      const target = resolve(dirname(file), SCHEMA_COMMENT.exec(readFileSync(file, 'utf8'))![1]!);
      // A plan's files are kinds by their place inside the plan's folder (content/plans/<id>/tasks/…).
      const inContent = relative(rel.startsWith('examples/demo/') ? join(REPO_ROOT, 'examples/demo') : join(REPO_ROOT, 'content'), file).split(sep).join('/').replace(/^plans\/[^/]+\//, '');
      const kind = kindOf(inContent);
      if (relative(SCHEMAS_DIR, target) !== kind) {
        problems.push(`${rel}: $schema points to ${relative(REPO_ROOT, target)}, expected schemas/${kind}`);
        continue;
      }
      if (!existsSync(target)) problems.push(`${rel}: ${relative(REPO_ROOT, target)} does not exist`);
      const validate = validators.get(kind)!;
      if (!validate(readData(file))) problems.push(`${rel}: ${ajv.errorsText(validate.errors)}`);
    }
    expect(problems).toEqual([]);
  });

  test('the minimal fixture dataset is accepted file by file', () => {
    const files = walk(MINIMAL).filter((file) => file.endsWith('.yaml'));
    expect(files.length).toBe(9);
    for (const file of files) {
      const validate = validators.get(kindOf(relative(MINIMAL, file))!)!;
      expect(validate(readData(file)), `${relative(MINIMAL, file)}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });
});

// ---------------------------------------------------------------------------------------------------
// Parity with the validator over the invalid corpus.

type JsonVerdict = 'accepts' | 'rejects' | 'unparseable' | 'no-file';

const CROSS_FILE = 'needs other files (tasks, units, areas), the plan text, the path or the date: only `npm run validate` sees them';
const URL_PARSED = 'the host and user name are known only once `new URL` has parsed the address (the validator does; a pattern does not)';
/** Cases the JSON Schema accepts, all for one reason. */
const acceptedFor = (reason: string, names: string[]) => Object.fromEntries(names.map((name) => [name, { json: 'accepts' as const, reason }]));
const YAML_LEVEL = 'a YAML-level rule of the loader: the editor parses with `yaml` and never hands the JSON Schema what was written';

/**
 * Every invalid case in which the JSON Schema does not simply reject the file at the validator's fields:
 * what it does instead (checked below, so a change in either direction fails) and why.
 * Only the first two are schema-level problems the JSON Schema misses; the rest are not schema problems.
 */
const BEYOND_THE_SCHEMA: Record<string, { json: JsonVerdict; reason: string }> = {
  // zod schema-level rules a JSON Schema cannot state:
  'date-does-not-exist': { json: 'accepts', reason: 'the pattern checks month 01-12 and day 01-31, not whether 2023-02-30 exists' },
  'summary-not-nfc': { json: 'accepts', reason: 'Unicode NFC is a normalisation, not a pattern' },
  ...acceptedFor('compatibility characters are found by NFKC, a normalisation, not a pattern', ['unit-name-kangxi-radical', 'unit-name-full-width-letters']),
  // What only parsing the address tells: who can open it (the pattern checks the text's shape).
  ...acceptedFor(URL_PARSED, [
    'url-with-user-and-password',
    'url-loopback-as-decimal',
    'url-loopback-as-hex',
    'url-private-10',
    'url-ipv6-loopback',
    'url-ipv4-mapped-ipv6-loopback',
    'url-ipv6-unique-local',
    'url-link-local-metadata',
    'url-carrier-grade-nat',
    'url-localhost',
    'url-dot-local-host',
    'url-single-label-host',
    'url-broken-percent-encoding',
  ]),
  // Loader checks before or after the schema:
  'symlink-dangling': { json: 'no-file', reason: 'a link is not a content file: the loader reports it and reads nothing through it' },
  'symlink-loop': { json: 'no-file', reason: 'a link is not a content file: the loader reports it and reads nothing through it' },
  'symlink-outside-the-folder': { json: 'no-file', reason: 'a link is not a content file: the loader reports it and reads nothing through it' },
  'site-yaml-is-a-folder': { json: 'no-file', reason: 'a folder has nothing to validate' },
  'tasks-is-a-file': { json: 'no-file', reason: 'tasks is not a content file: the layout is the loader\'s' },
  'report-saved-as-gb18030': { json: 'accepts', reason: `bytes that are not UTF-8: the loader names the encoding before any YAML is read (read as UTF-8, GBK bytes become replacement characters, which are text)` },
  'report-saved-as-utf16le-with-bom': { json: 'rejects', reason: 'bytes that are not UTF-8: the loader names the encoding before any YAML is read' },
  'report-saved-as-utf16be-without-bom': { json: 'rejects', reason: 'bytes that are not UTF-8: the loader names the encoding before any YAML is read' },
  'report-utf8-with-stray-bytes-is-no-known-encoding': { json: 'accepts', reason: 'an editor reading the bytes leniently sees replacement characters in text fields; the loader refuses the file' },
  'report-cr-only-line-ends': { json: 'rejects', reason: 'a file of lone CRs is one line of text to the YAML reader, not a map' },
  'report-full-width-colon-after-key': { json: 'unparseable', reason: 'a line of text inside a map is a syntax error to the YAML reader: the loader names the colon instead' },
  'report-full-width-space-indentation': { json: 'unparseable', reason: 'a syntax error to the YAML reader: the loader names the full-width space instead' },
  'bom-in-the-middle': { json: 'rejects', reason: 'the loader reports U+FEFF at its place in the file; the JSON Schema forbids it in the text too' },
  'file-comments-only': { json: 'rejects', reason: 'an empty document is null, not an object: both reject' },
  'file-empty': { json: 'rejects', reason: 'an empty document is null, not an object: both reject' },
  'file-too-large': { json: 'accepts', reason: 'the size cap is on the file, not on its data' },
  'missing-units-yaml': { json: 'no-file', reason: 'a missing file has nothing to validate' },
  'stray-report-file': { json: 'no-file', reason: 'notes.txt is not a YAML content file' },
  'stray-report-folder-typo': { json: 'no-file', reason: 'report/ is not a content folder, so no schema applies to the file in it' },
  'stray-task-file': { json: 'accepts', reason: `tasks/5.yaml is a well-formed task under the wrong name: ${CROSS_FILE}` },
  'note-bare-yes-must-be-quoted': { json: 'accepts', reason: `${YAML_LEVEL} (a bare yes is the string "yes" in YAML 1.2)` },
  'yaml11-summary-on-must-be-quoted': { json: 'accepts', reason: `${YAML_LEVEL} (a bare on is the string "on" in YAML 1.2)` },
  'yaml-anchor-alias': { json: 'accepts', reason: `${YAML_LEVEL} (aliases are resolved before validation)` },
  'yaml-billion-laughs': { json: 'unparseable', reason: 'yaml itself refuses the alias expansion' },
  'yaml-directive-tag': { json: 'accepts', reason: `${YAML_LEVEL} (the %TAG directive leaves the data unchanged)` },
  'yaml-directive-yaml-1-1': { json: 'rejects', reason: 'under %YAML 1.1 dates become timestamps, which are not strings' },
  'yaml-duplicate-key': { json: 'unparseable', reason: 'yaml refuses duplicate keys' },
  'yaml-multiple-documents': { json: 'unparseable', reason: 'yaml refuses several documents in one parse' },
  'yaml-syntax-unclosed-quote': { json: 'unparseable', reason: 'a syntax error' },
  'yaml-tab-indentation': { json: 'unparseable', reason: 'a syntax error' },
  'yaml-tag-binary': { json: 'rejects', reason: '!!binary becomes bytes, not text' },
  'yaml-tag-env': { json: 'rejects', reason: 'an unresolved tag leaves the text "REPORTER", which is not a unit identifier' },
  'yaml-tag-js-function': { json: 'accepts', reason: `${YAML_LEVEL} (an unknown tag leaves the string as written)` },
  // Cross-file, plan-text and clock checks: the file alone is well-formed, and the JSON Schema says so.
  'many-cross-check-problems-one-report': { json: 'accepts', reason: CROSS_FILE },
  'metric-as-of-after-reported-on': { json: 'accepts', reason: CROSS_FILE },
  'metric-as-of-year-typo': { json: 'accepts', reason: CROSS_FILE },
  'metric-as-of-before-the-plan': { json: 'accepts', reason: CROSS_FILE },
  'metric-two-readings': { json: 'accepts', reason: CROSS_FILE },
  'metric-unknown-target': { json: 'accepts', reason: CROSS_FILE },
  'period-after-reported-on': { json: 'accepts', reason: CROSS_FILE },
  'report-before-first-period': { json: 'accepts', reason: CROSS_FILE },
  'report-in-wrong-folder': { json: 'accepts', reason: CROSS_FILE },
  'report-named-for-wrong-task': { json: 'accepts', reason: CROSS_FILE },
  'report-two-for-one-task-and-quarter': { json: 'accepts', reason: CROSS_FILE },
  'report-unknown-task': { json: 'accepts', reason: CROSS_FILE },
  'reported-by-not-a-lead-unit': { json: 'accepts', reason: CROSS_FILE },
  'reported-on-after-today': { json: 'accepts', reason: CROSS_FILE },
  'report-summary-still-the-placeholder': { json: 'accepts', reason: 'the placeholder is a draft rule of the validator (report.placeholder), so an editor does not flag a draft while it is being written' },
  'report-copied-from-demo-site': { json: 'accepts', reason: 'the demo mark is expected in the demo dataset, which the same schema validates; only the loader knows which dataset a file belongs to' },
  'task-file-name-not-id': { json: 'accepts', reason: CROSS_FILE },
  'task-lead-not-plan-order': { json: 'accepts', reason: CROSS_FILE },
  'task-quote-not-in-text': { json: 'accepts', reason: CROSS_FILE },
  'task-text-not-plan-text': { json: 'accepts', reason: CROSS_FILE },
  'task-unknown-area': { json: 'accepts', reason: CROSS_FILE },
  'task-unknown-unit': { json: 'accepts', reason: CROSS_FILE },
  'unit-id-duplicate': { json: 'accepts', reason: CROSS_FILE },
  'unit-name-duplicate': { json: 'accepts', reason: CROSS_FILE },
  'value-negative': { json: 'accepts', reason: `${CROSS_FILE} (a reading may be negative for some targets; the cross-check knows which)` },
  'value-percent-over-100': { json: 'accepts', reason: `${CROSS_FILE} (the unit % is in the task file)` },
  'warning-value-100-times-target': { json: 'accepts', reason: `${CROSS_FILE} (a warning)` },
};

/** Fields of a parity case that the JSON Schema does not flag, and why (the rest of the case must match). */
const MISSED_FIELDS: Record<string, Record<string, string>> = {
  'many-schema-problems-one-report': { 'metrics[1].as_of': '2023-02-30, as in date-does-not-exist' },
};

/** The YAML content files of a case's overlay, with the schema each uses. */
function overlayFiles(caseName: string): { path: string; file: string; kind: SchemaFileName }[] {
  const dir = join(INVALID, caseName, 'files');
  if (!existsSync(dir)) return [];
  return walk(dir).flatMap((file) => {
    const path = relative(dir, file).split(sep).join('/');
    const kind = kindOf(path);
    return kind ? [{ path, file, kind }] : [];
  });
}

function judge(caseName: string): { verdict: JsonVerdict; paths: Set<string> } {
  const files = overlayFiles(caseName);
  if (files.length === 0) return { verdict: 'no-file', paths: new Set() };
  const paths = new Set<string>();
  let verdict: JsonVerdict = 'accepts';
  for (const { file, kind } of files) {
    let data: unknown;
    try {
      data = readData(file);
    } catch {
      return { verdict: 'unparseable', paths };
    }
    const validate = validators.get(kind)!;
    if (!validate(data)) {
      verdict = 'rejects';
      for (const path of errorPaths(validate.errors)) paths.add(path);
    }
  }
  return { verdict, paths };
}

const cases = caseNames();
const schemaLevel = (caseName: string) => readExpected(caseName).some((p) => p.code.startsWith('schema.'));
const accepted = cases.filter((c) => readExpected(c).length === 0);
const parity = cases.filter((c) => schemaLevel(c) && !(c in BEYOND_THE_SCHEMA));

describe('parity with the validator over test/fixtures/invalid/', () => {
  test('every case is either accepted, a schema-level parity case, or listed with a reason', () => {
    const unlisted = cases.filter((c) => !accepted.includes(c) && !parity.includes(c) && !(c in BEYOND_THE_SCHEMA));
    expect(unlisted, 'a new fixture: decide what the JSON Schema should do with it and say so here').toEqual([]);
    expect(Object.keys(BEYOND_THE_SCHEMA).filter((c) => !cases.includes(c)), 'entries for fixtures that no longer exist').toEqual([]);
    expect(parity.length).toBeGreaterThanOrEqual(30);
  });

  test.each(accepted)('%s: accepted by both', (caseName) => {
    expect(judge(caseName).verdict).toBe('accepts');
  });

  test.each(parity)('%s: rejected by the JSON Schema at the fields the validator names', (caseName) => {
    const { verdict, paths } = judge(caseName);
    expect(verdict).toBe('rejects');
    const missed = MISSED_FIELDS[caseName] ?? {};
    for (const { field } of readExpected(caseName).filter((p) => p.code.startsWith('schema.'))) {
      if (field in missed) expect([...paths], `the JSON Schema now flags ${field}: remove it from MISSED_FIELDS`).not.toContain(pointer(field));
      else expect([...paths], `the JSON Schema does not flag ${field || '(the document)'}`).toContain(pointer(field));
    }
  });

  test.each(Object.entries(BEYOND_THE_SCHEMA))('%s: known non-parity', (caseName, { json, reason }) => {
    expect(reason.length).toBeGreaterThan(0);
    expect(judge(caseName).verdict, `the JSON Schema no longer ${json} this case: update BEYOND_THE_SCHEMA`).toBe(json);
  });
});
