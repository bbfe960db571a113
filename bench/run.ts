// npm run bench [-- --quick] [-- --keep] [-- --write]
// Synthetic datasets (40 x 8, 400 x 12, 2,000 x 12; --quick: 40 x 8 only, fewer repetitions) are generated
// into a temporary folder; for each, the validator and the full site build run as child processes and are
// compared with their floors in the same run: reading + parsing the same files with `yaml`, and a bare Astro
// build of as many trivial pages. A full run writes its tables into docs/benchmarks.md (--write: also --quick).
import { cpus, tmpdir } from 'node:os';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { loadDataset } from '../src/content/load.ts';
import { siteUrls } from '../src/site/url-scheme.ts';
import { pageTypes, pageWeight } from '../test/e2e/page-weight.ts';
import { walkEntries } from '../src/fs/walk.ts';
import { writeBareAstroProject } from './bare-astro.ts';
import { best, measure, type Measured } from './measure.ts';
import { quartersFrom, REPO_ROOT, specName, writeSyntheticContent, type SyntheticSpec } from './synthetic.ts';
import { bytes, markdownTable, rate, ratio, seconds, thousands } from './table.ts';
import { longInputTables } from './long-input.ts';

const FULL: SyntheticSpec[] = [
  { tasks: 40, quarters: 8 },
  { tasks: 400, quarters: 12 },
  { tasks: 2000, quarters: 12 },
];
const QUICK: SyntheticSpec[] = [{ tasks: 40, quarters: 8 }];
const NODE = process.execPath;
const ASTRO = join(REPO_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

interface SetResult {
  spec: SyntheticSpec;
  files: number;
  validate: Measured;
  parse: Measured;
  build: Measured;
  /** Astro's own "N page(s) built in X" and Pagefind's line, from the build's output. */
  astroMs: number | null;
  pagefindMs: number | null;
  pages: number;
  twins: number;
  bare: Measured;
  distBytes: number;
  indexBytes: number;
  indexFiles: number;
  largest: { page: string; bytes: number }[];
  weights: Map<string, { js: number; total: number }>;
}

function filesUnder(dir: string): { path: string; bytes: number }[] {
  return walkEntries(dir)
    .filter(({ entry }) => entry.isFile())
    .map(({ path: relativePath }) => {
      const path = join(dir, relativePath);
      return { path, bytes: statSync(path).size };
    });
}

function check(what: string, run: Measured): Measured {
  if (run.status !== 0) {
    console.error(run.stdout.slice(-4000), run.stderr.slice(-4000));
    throw new Error(`${what} failed (exit ${run.status})`);
  }
  return run;
}

const log = (message: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

function benchSet(spec: SyntheticSpec, scratch: string, repeats: { validate: number }): SetResult {
  const name = specName(spec);
  const content = join(scratch, name, 'content');
  log(`${name}: generating ${spec.tasks} tasks x ${spec.quarters} quarters (${quartersFrom(spec.quarters)[0]}..${quartersFrom(spec.quarters).at(-1)})`);
  const { taskFiles, reportFiles } = writeSyntheticContent(content, spec);
  const files = taskFiles + reportFiles + 4;

  log(`${name}: validate x${repeats.validate}, parse-only x${repeats.validate}`);
  const validate = best(repeats.validate, () => measure(NODE, [join(REPO_ROOT, 'scripts', 'validate.ts'), content], { cwd: REPO_ROOT }));
  check('validate', validate);
  if (!validate.stdout.includes(' 0 errors')) throw new Error(`synthetic ${name} does not validate:\n${validate.stdout.slice(-2000)}`);
  const parse = check('parse-only', best(repeats.validate, () => measure(NODE, [join(REPO_ROOT, 'bench', 'parse-only.ts'), content], { cwd: REPO_ROOT })));

  log(`${name}: site build`);
  const dist = join(scratch, name, 'dist');
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  const build = check('build', measure(NODE, [join(REPO_ROOT, 'scripts', 'build.ts'), '--content', content, '--out', dist], { cwd: REPO_ROOT, env }));
  // Astro's own total includes the integration's steps after the pages (src/build/finish-build.ts), which
  // print their own duration: the Astro step alone is the difference.
  const astroLine = /page\(s\) built in ([\d.]+)(m?s)/.exec(build.stdout);
  const finishLine = /after the pages: ([\d.]+) s$/m.exec(build.stdout);
  const astroMs = astroLine && finishLine ? Number(astroLine[1]) * (astroLine[2] === 's' ? 1000 : 1) - Number(finishLine[1]) * 1000 : null;
  const pagefindLine = /search index: .*, ([\d.]+) s$/m.exec(build.stdout);
  const pagefindMs = pagefindLine ? Number(pagefindLine[1]) * 1000 : null;

  const all = filesUnder(dist);
  const html = all.filter((f) => f.path.endsWith('.html'));
  const twins = html.filter((f) => relative(dist, f.path).startsWith('elderly/')).length;
  const pages = html.length - twins;
  const index = all.filter((f) => relative(dist, f.path).startsWith('pagefind/'));
  const largest = html
    .filter((f) => !relative(dist, f.path).startsWith('elderly/'))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 3)
    .map((f) => ({ page: `/${relative(dist, f.path).replace(/index\.html$/, '')}`, bytes: f.bytes }));
  // The same page of each type the page-weight test measures, chosen from this set's own dataset.
  const loaded = loadDataset({ contentDir: content });
  if (!loaded.ok) throw new Error(`synthetic ${name} does not load`);
  const urls = siteUrls(loaded.dataset.site.base);
  const weights = new Map<string, { js: number; total: number }>();
  for (const [type, page] of Object.entries(pageTypes(loaded.dataset))) {
    const w = pageWeight(dist, urls, page);
    weights.set(type, { js: w.js, total: w.total });
  }

  log(`${name}: bare Astro build of ${pages} pages`);
  const bareDir = join(scratch, name, 'bare-astro');
  writeBareAstroProject(bareDir, pages, join(REPO_ROOT, 'node_modules'));
  const bare = check('bare Astro build', measure(NODE, [ASTRO, 'build'], { cwd: bareDir, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } }));

  // The site is large; only the numbers are kept.
  rmSync(join(scratch, name), { recursive: true, force: true });
  return {
    spec,
    files,
    validate,
    parse,
    build,
    astroMs,
    pagefindMs,
    pages,
    twins,
    bare,
    distBytes: all.reduce((sum, f) => sum + f.bytes, 0),
    indexBytes: index.reduce((sum, f) => sum + f.bytes, 0),
    indexFiles: index.length,
    largest,
    weights,
  };
}

const rss = (m: Measured) => (m.peakRss === null ? '–' : bytes(m.peakRss));
const cpu = (m: Measured) => (m.cpuMs === null ? '–' : seconds(m.cpuMs));

export function resultTables(results: SetResult[]): string {
  const validate = markdownTable(
    ['set', 'files', 'validate', 'files/s', 'CPU', 'peak RSS', 'parse only', 'its CPU', 'ratio', 'CPU ratio'],
    results.map((r) => [
      specName(r.spec),
      thousands(r.files),
      seconds(r.validate.wallMs),
      rate(r.files, r.validate.wallMs),
      cpu(r.validate),
      rss(r.validate),
      seconds(r.parse.wallMs),
      cpu(r.parse),
      ratio(r.validate.wallMs, r.parse.wallMs),
      r.validate.cpuMs === null || r.parse.cpuMs === null ? '–' : ratio(r.validate.cpuMs, r.parse.cpuMs),
    ]),
  );
  const build = markdownTable(
    ['set', 'pages (+ twins)', 'build', 'pages/s', 'ms per report', 'CPU', 'peak RSS', 'of which Astro', 'Pagefind', 'bare Astro', 'ratio', 'Astro part ratio'],
    results.map((r) => [
      specName(r.spec),
      `${thousands(r.pages)} (+${thousands(r.twins)})`,
      seconds(r.build.wallMs),
      rate(r.pages, r.build.wallMs),
      (r.build.wallMs / (r.spec.tasks * r.spec.quarters)).toFixed(1),
      cpu(r.build),
      rss(r.build),
      r.astroMs === null ? '–' : seconds(r.astroMs),
      r.pagefindMs === null ? '–' : seconds(r.pagefindMs),
      seconds(r.bare.wallMs),
      ratio(r.build.wallMs, r.bare.wallMs),
      r.astroMs === null ? '–' : ratio(r.astroMs, r.bare.wallMs),
    ]),
  );
  const output = markdownTable(
    ['set', 'dist/', 'search index', 'largest pages'],
    results.map((r) => [specName(r.spec), bytes(r.distBytes), `${bytes(r.indexBytes)} in ${thousands(r.indexFiles)} files`, r.largest.map((p) => `${p.page} ${bytes(p.bytes)}`).join(', ')]),
  );
  const types = [...results[0]!.weights.keys()];
  const weights = markdownTable(
    ['page type', ...results.map((r) => `${specName(r.spec)} JS / total`)],
    types.map((type) => [type, ...results.map((r) => `${bytes(r.weights.get(type)!.js)} / ${bytes(r.weights.get(type)!.total)}`)]),
  );
  return [
    '### Validate (vs reading + parsing the same files with `yaml`; wall time best of the repetitions, CPU = user + system of that run)',
    '',
    validate,
    '',
    '### Build (`scripts/build.ts`: Astro + Pagefind + elderly twins, vs a bare Astro build of as many trivial pages)',
    '',
    build,
    '',
    '### Output',
    '',
    output,
    '',
    '### JavaScript shipped per page type (gzip, first visit; `test/e2e/page-weight.ts`)',
    '',
    weights,
  ].join('\n');
}

const START = '<!-- bench:results -->';
const END = '<!-- /bench:results -->';

/** Replaces the generated part of docs/benchmarks.md, keeping the hand-written notes around it. */
export function spliceResults(doc: string, results: string): string {
  const block = `${START}\n${results}\n${END}`;
  const a = doc.indexOf(START);
  const b = doc.indexOf(END);
  if (a < 0 || b < a) return `${doc.trimEnd()}\n\n${block}\n`;
  return doc.slice(0, a) + block + doc.slice(b + END.length);
}

function main() {
  const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, keep: { type: 'boolean', default: false }, write: { type: 'boolean', default: false } } });
  // The machine is often shared: the load says how far the wall times can be trusted.
  const loadAtStart = existsSync('/proc/loadavg') ? readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ') : 'unknown';
  const specs = values.quick ? QUICK : FULL;
  const repeats = { validate: values.quick ? 2 : 3 };
  const scratch = mkdtempSync(join(tmpdir(), 'plan-tracker-bench-'));
  const started = performance.now();
  const results: SetResult[] = [];
  try {
    for (const spec of specs) {
      results.push(benchSet(spec, scratch, repeats));
      console.log(`\n${resultTables(results.slice(-1))}\n`);
    }
  } finally {
    if (!values.keep) rmSync(scratch, { recursive: true, force: true });
  }
  const date = new Date().toISOString().slice(0, 10);
  const machine = `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}, load average at start ${loadAtStart}`;
  const inputs = longInputTables(values.quick ? 3 : 5);
  const tables = `Run ${date}${values.quick ? ' (--quick)' : ''}: ${machine}; total ${seconds(performance.now() - started)}.\n\n${resultTables(results)}\n\nChecking time against input size (bench/long-input.ts):\n\n${inputs}`;
  console.log(`\n${tables}`);
  if (!values.quick || values.write) {
    const docPath = join(REPO_ROOT, 'docs', 'benchmarks.md');
    const doc = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '# Benchmarks\n';
    writeFileSync(docPath, spliceResults(doc, tables));
    log(`wrote ${relative(REPO_ROOT, docPath)}`);
  }
}

if (import.meta.main) main();
