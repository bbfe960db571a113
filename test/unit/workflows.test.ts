// The GitHub Actions workflows, read as data: the properties RELIABILITY.md asks of the pull-request
// pipeline, checked by one function that a mutated copy must fail (so the checks can fail at all),
// plus the workflow JSON Schema (action-validator).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { STATUS, STATUS_KEYS } from '../../src/schema/index.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const WORKFLOWS_DIR = join(ROOT, '.github', 'workflows');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };
interface Workflow {
  file: string;
  text: string;
  doc: Obj;
}
interface Context {
  /** The command README.md says CI runs. */
  testCommand: string;
  /** Commands in .ci/run, for a step that runs it. */
  ciRunCommands: string[];
  /** package.json devDependencies.node: the Node the npm scripts run on. */
  nodeVersion: string;
}

const isObj = (value: Json | undefined): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);
const asObj = (value: Json | undefined): Obj => (isObj(value) ? value : {});
const asArray = (value: Json | undefined): Json[] => (Array.isArray(value) ? value : []);

/** Event names, whichever of the three forms `on:` takes. */
function events(doc: Obj): string[] {
  const on = doc.on;
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.map(String);
  return Object.keys(asObj(on));
}

const jobs = (doc: Obj) => Object.entries(asObj(doc.jobs)).map(([id, job]) => ({ id, job: asObj(job) }));
const steps = (job: Obj) => asArray(job.steps).map(asObj);
const actionOf = (step: Obj) => (typeof step.uses === 'string' ? step.uses.split('@')[0]! : undefined);

/** Every shell command a job runs, with `bash .ci/run` expanded into that script's commands. */
function commands(job: Obj, context: Context): string[] {
  return steps(job)
    .filter((step) => typeof step.run === 'string')
    .flatMap((step) => (step.run as string).split('\n').map((line) => line.trim()))
    .flatMap((line) => (/^bash \.ci\/run\b/.test(line) ? context.ciRunCommands : [line]));
}

const FULL_SHA = /^[^@\s]+@[0-9a-f]{40}$/;
const MUTABLE_REF = /@(main|master|develop|dev|trunk|HEAD|latest)$/i;

function workflowProblems(workflows: Workflow[], context: Context): string[] {
  const problems: string[] = [];
  const byFile = new Map(workflows.map((w) => [w.file, w]));

  for (const { file, text, doc } of workflows) {
    const say = (message: string) => problems.push(`${file}: ${message}`);
    if (events(doc).includes('pull_request_target')) say('uses pull_request_target (runs untrusted code with a write token)');
    if (JSON.stringify(doc.permissions) !== JSON.stringify({ contents: 'read' })) {
      say(`top-level permissions must be exactly { contents: read }, got ${JSON.stringify(doc.permissions)}`);
    }
    for (const { id, job } of jobs(doc)) {
      if (typeof job['timeout-minutes'] !== 'number') say(`job ${id} has no timeout-minutes`);
      const perms = job.permissions;
      const deploys = steps(job).some((step) => actionOf(step) === 'actions/deploy-pages');
      // reminders.yml's and freeze.yml's two jobs set their own, checked below.
      if (perms !== undefined && !deploys && file !== 'reminders.yml' && file !== 'freeze.yml') say(`job ${id} sets permissions; only the deploy job may`);
      if (deploys && JSON.stringify(perms) !== JSON.stringify({ pages: 'write', 'id-token': 'write' })) {
        say(`job ${id} deploys, so its permissions must be exactly { pages: write, id-token: write }, got ${JSON.stringify(perms)}`);
      }
      for (const step of steps(job)) {
        const uses = step.uses;
        if (typeof uses !== 'string' || uses.startsWith('./')) continue;
        if (MUTABLE_REF.test(uses)) say(`${uses} follows a branch; pin a commit SHA`);
        else if (!FULL_SHA.test(uses)) say(`${uses} is not pinned to a full commit SHA`);
        if (actionOf(step) === 'actions/checkout') {
          const w = asObj(step.with);
          if (w['fetch-depth'] !== 0) say(`job ${id}: checkout needs fetch-depth: 0 (the build reads git history)`);
          if (w['persist-credentials'] !== false) say(`job ${id}: checkout should set persist-credentials: false`);
        }
        if (actionOf(step) === 'actions/setup-node' && String(asObj(step.with)['node-version']) !== context.nodeVersion) {
          say(`job ${id}: setup-node node-version ${String(asObj(step.with)['node-version'])} differs from the node devDependency ${context.nodeVersion}`);
        }
      }
    }
    // Readable pins: every `uses:` line carries the version its SHA stands for.
    for (const [i, line] of text.split('\n').entries()) {
      const match = /^\s*-?\s*uses:\s*(\S+)(.*)$/.exec(line);
      if (match && !match[1]!.startsWith('./') && !/#\s*v\d+(\.\d+)*\s*$/.test(match[2]!)) say(`line ${i + 1}: ${match[1]} has no "# vX.Y.Z" comment`);
    }
  }

  const ci = byFile.get('ci.yml');
  if (!ci) problems.push('ci.yml is missing');
  else {
    if (!events(ci.doc).includes('pull_request')) problems.push('ci.yml: must run on pull_request');
    const ciJobs = jobs(ci.doc);
    if (!ciJobs.some(({ job }) => commands(job, context).includes(context.testCommand))) {
      problems.push(`ci.yml: no job runs \`${context.testCommand}\`, the command README.md says CI runs`);
    }
    if (!ciJobs.some(({ job }) => steps(job).some((s) => actionOf(s) === 'actions/upload-artifact' && String(asObj(s.with).path).startsWith('dist')))) {
      problems.push('ci.yml: the built site (dist/) is not uploaded as an artifact');
    }
    if (asObj(ci.doc.concurrency)['cancel-in-progress'] !== true) problems.push('ci.yml: a newer push should cancel the older run');
  }

  const deploy = byFile.get('deploy.yml');
  if (!deploy) problems.push('deploy.yml is missing');
  else {
    const on = deploy.doc.on;
    const branches = asArray(asObj(asObj(on).push).branches);
    if (!branches.includes('main') || !events(deploy.doc).includes('workflow_dispatch')) problems.push('deploy.yml: must run on push to main and workflow_dispatch');
    const concurrency = asObj(deploy.doc.concurrency);
    if (concurrency.group !== 'pages' || concurrency['cancel-in-progress'] !== false) {
      problems.push('deploy.yml: concurrency must be { group: pages, cancel-in-progress: false } so deploys never overlap');
    }
    const all = jobs(deploy.doc);
    const publisher = all.find(({ job }) => steps(job).some((s) => actionOf(s) === 'actions/deploy-pages'));
    const builder = all.find(({ job }) => steps(job).some((s) => actionOf(s) === 'actions/upload-pages-artifact'));
    if (!publisher || !builder) problems.push('deploy.yml: needs a build job (upload-pages-artifact) and a deploy job (deploy-pages)');
    else {
      const needs = [publisher.job.needs].flat();
      if (!needs.includes(builder.id)) problems.push(`deploy.yml: job ${publisher.id} must need ${builder.id}`);
      const env = asObj(publisher.job.environment);
      if (env.name !== 'github-pages' || !String(env.url).includes('steps.deployment.outputs.page_url')) {
        problems.push('deploy.yml: deploy job needs environment github-pages with the deployment url');
      }
      const built = commands(builder.job, context);
      if (!built.includes('npm run validate') || !built.includes('npm run build')) problems.push('deploy.yml: build must run npm run validate and npm run build');
      const order = built.indexOf('npm run validate') < built.indexOf('npm run build');
      if (!order) problems.push('deploy.yml: validate before building');
      // The release bundle of each deploy, for a domestic server.
      const bundled = built.findIndex((c) => c.startsWith('npm run release:bundle'));
      if (bundled < built.indexOf('npm run build')) problems.push('deploy.yml: build must run npm run release:bundle after npm run build');
      const out = /--out (\S+)/.exec(built[bundled] ?? '')?.[1] ?? 'release';
      const uploads = steps(builder.job).filter((s) => actionOf(s) === 'actions/upload-artifact').map((s) => String(asObj(s.with).path).replace(/\/$/, ''));
      if (!uploads.includes(out.replace(/\/$/, ''))) problems.push(`deploy.yml: the release bundle (${out}/) is not uploaded as an artifact`);
    }
  }
  const reminders = byFile.get('reminders.yml');
  if (!reminders) problems.push('reminders.yml is missing');
  else problems.push(...reminderProblems(reminders, context));
  const freeze = byFile.get('freeze.yml');
  if (!freeze) problems.push('freeze.yml is missing');
  else problems.push(...freezeProblems(freeze, context));
  return problems;
}

const CONTENTS_READ = JSON.stringify({ contents: 'read' });
const PUSH_AND_PROPOSE = JSON.stringify({ contents: 'write', 'pull-requests': 'write' });

/**
 * The freeze: scheduled and manual only; one job runs the project's freeze with a read-only token, one job
 * with write access runs no npm or node at all, only commits, tags and pushes what it was handed.
 */
function freezeProblems({ doc }: Workflow, context: Context): string[] {
  const problems: string[] = [];
  const say = (message: string) => problems.push(`freeze.yml: ${message}`);
  if (JSON.stringify(events(doc).sort()) !== JSON.stringify(['schedule', 'workflow_dispatch'])) say(`must run on schedule and workflow_dispatch only, got ${events(doc).join(', ')}`);
  if (asObj(doc.concurrency)['cancel-in-progress'] !== false) say('runs must queue, never overlap or cancel (concurrency, cancel-in-progress: false)');
  const all = jobs(doc);
  const readers = all.filter(({ job }) => JSON.stringify(job.permissions) === CONTENTS_READ);
  const writers = all.filter(({ job }) => JSON.stringify(job.permissions) === PUSH_AND_PROPOSE);
  for (const { id, job } of all) {
    if (!readers.some((r) => r.id === id) && !writers.some((w) => w.id === id)) say(`job ${id} permissions must be exactly { contents: read } or { contents: write, pull-requests: write }, got ${JSON.stringify(job.permissions)}`);
  }
  if (readers.length !== 1 || writers.length !== 1) say('needs one freezing job and one pushing job');
  const reader = readers[0];
  if (reader) {
    const freezing = steps(reader.job).find((step) => String(step.run ?? '').includes('npm run -s freeze -- --closed --no-tag'));
    if (!freezing) say(`job ${reader.id} must run npm run freeze -- --closed --no-tag`);
    // Without pipefail a failing freeze piped through tee would pass, and its half-work be proposed.
    else if (freezing.shell !== 'bash') say(`job ${reader.id}: the freeze step must set shell: bash (pipefail)`);
  }
  for (const { id, job } of writers) {
    if (commands(job, context).some((line) => /\b(npm|npx|node)\b/.test(line))) say(`job ${id} has write access, so it may run no project code`);
    if (steps(job).some((step) => actionOf(step) === 'actions/setup-node')) say(`job ${id} has write access, so it sets up no Node`);
    if (reader && ![job.needs].flat().includes(reader.id)) say(`job ${id} must need ${reader.id}`);
    if (!String(job.if).startsWith('${{ !inputs.dry_run && ')) say(`job ${id} must be skipped on a dry run`);
    // Folders and tags come from the job without write access: each is checked against the only shapes they may have.
    if (!commands(job, context).some((line) => line.includes('=~ ^content/(plans/([a-z0-9-]+)/)?archive/([0-9]{4}-Q[1-4])$'))) say(`job ${id} must check each archive folder it was handed`);
    if (!commands(job, context).some((line) => line.includes('=~ ^archive/([a-z0-9-]+)/([0-9]{4}-Q[1-4])$'))) say(`job ${id} must check each tag (archive/{plan}/{period}) before pushing it`);
  }
  return problems;
}

const READ_ONLY = JSON.stringify({ contents: 'read', issues: 'read' });
const ISSUES_WRITE = JSON.stringify({ issues: 'write' });

/**
 * The reminders: scheduled and manual only; one job reads (checks out the default branch and runs the
 * project's reminders with a read-only token), one job writes issues and runs no project code at all.
 */
function reminderProblems({ doc }: Workflow, context: Context): string[] {
  const problems: string[] = [];
  const say = (message: string) => problems.push(`reminders.yml: ${message}`);
  if (JSON.stringify(events(doc).sort()) !== JSON.stringify(['schedule', 'workflow_dispatch'])) say(`must run on schedule and workflow_dispatch only, got ${events(doc).join(', ')}`);
  if (asArray(asObj(doc.on).schedule).length === 0) say('has no cron schedule');
  if (asObj(doc.concurrency)['cancel-in-progress'] !== false) say('runs must queue, never overlap or cancel (concurrency, cancel-in-progress: false)');
  const all = jobs(doc);
  const readers = all.filter(({ job }) => JSON.stringify(job.permissions) === READ_ONLY);
  const writers = all.filter(({ job }) => JSON.stringify(job.permissions) === ISSUES_WRITE);
  for (const { id, job } of all) {
    if (!readers.some((r) => r.id === id) && !writers.some((w) => w.id === id)) say(`job ${id} permissions must be exactly { contents: read, issues: read } or { issues: write }, got ${JSON.stringify(job.permissions)}`);
  }
  if (readers.length !== 1 || writers.length !== 1) say('needs one reading job and one issue-writing job');
  const reader = readers[0];
  if (reader) {
    if (!commands(reader.job, context).some((line) => line.includes('npm run -s reminders --') && line.includes('--issues'))) say(`job ${reader.id} must decide with npm run reminders --issues`);
    const checkout = steps(reader.job).find((step) => actionOf(step) === 'actions/checkout');
    if (asObj(checkout?.with).ref !== '${{ github.event.repository.default_branch }}') say(`job ${reader.id} must check out the default branch`);
  }
  for (const { id, job } of writers) {
    if (steps(job).some((step) => step.uses !== undefined)) say(`job ${id} writes issues, so it may use no action (no checkout, no setup-node)`);
    if (commands(job, context).some((line) => /\b(npm|npx|node|git)\b/.test(line))) say(`job ${id} writes issues, so it may run no project code`);
    if (reader && ![job.needs].flat().includes(reader.id)) say(`job ${id} must need ${reader.id}`);
    if (!String(job.if).includes('inputs.dry_run')) say(`job ${id} must be skipped on a dry run`);
  }
  return problems;
}

function loadWorkflows(): Workflow[] {
  return readdirSync(WORKFLOWS_DIR)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((file) => {
      const text = readFileSync(join(WORKFLOWS_DIR, file), 'utf8');
      return { file, text, doc: parse(text) as Obj };
    });
}

/** The command in README.md's command table whose description says CI runs it. */
function readmeTestCommand(): string {
  const row = read('README.md')
    .split('\n')
    .find((line) => line.startsWith('|') && line.includes('CI 运行的就是它'));
  const command = row && /`([^`]+)`/.exec(row)?.[1];
  if (!command) throw new Error('README.md has no command-table row saying "CI 运行的就是它"');
  return command;
}

function context(): Context {
  const pkg = JSON.parse(read('package.json')) as { devDependencies: Record<string, string> };
  return {
    testCommand: readmeTestCommand(),
    ciRunCommands: read('.ci/run')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#')),
    nodeVersion: pkg.devDependencies.node!,
  };
}

const clone = (workflows: Workflow[]): Workflow[] => structuredClone(workflows);
const find = (workflows: Workflow[], file: string) => workflows.find((w) => w.file === file)!;

describe('workflows', () => {
  const workflows = loadWorkflows();
  const ctx = context();

  test('README names npm test as the CI command, and .ci/run runs it', () => {
    expect(ctx.testCommand).toBe('npm test');
    expect(ctx.ciRunCommands).toContain(ctx.testCommand);
  });

  test('ci.yml, deploy.yml, freeze.yml and reminders.yml have every required property', () => {
    expect(workflows.map((w) => w.file)).toEqual(['ci.yml', 'deploy.yml', 'freeze.yml', 'reminders.yml']);
    expect(workflowProblems(workflows, ctx)).toEqual([]);
  });

  test('the checker flags pull_request_target, in any form of `on:`', () => {
    const mapped = clone(workflows);
    asObj(find(mapped, 'ci.yml').doc.on).pull_request_target = null;
    expect(workflowProblems(mapped, ctx)).toContain('ci.yml: uses pull_request_target (runs untrusted code with a write token)');
    const listed = clone(workflows);
    find(listed, 'deploy.yml').doc.on = ['push', 'pull_request_target'];
    expect(workflowProblems(listed, ctx).join('\n')).toMatch(/deploy\.yml: uses pull_request_target/);
  });

  test('the checker flags write permissions outside the deploy job and a wider top level', () => {
    const top = clone(workflows);
    find(top, 'ci.yml').doc.permissions = 'write-all';
    expect(workflowProblems(top, ctx).join('\n')).toMatch(/ci\.yml: top-level permissions must be exactly/);
    const build = clone(workflows);
    asObj(asObj(find(build, 'deploy.yml').doc.jobs).build).permissions = { contents: 'read', pages: 'write' };
    expect(workflowProblems(build, ctx).join('\n')).toMatch(/job build sets permissions; only the deploy job may/);
    const deploy = clone(workflows);
    asObj(asObj(asObj(find(deploy, 'deploy.yml').doc.jobs).deploy).permissions).contents = 'write';
    expect(workflowProblems(deploy, ctx).join('\n')).toMatch(/job deploy deploys, so its permissions must be exactly/);
  });

  test('the checker flags mutable refs, missing history, a cancelled deploy and a CI without npm test', () => {
    const mutated = clone(workflows);
    const ciJob = asObj(asObj(find(mutated, 'ci.yml').doc.jobs).test);
    const checkout = steps(ciJob)[0]!;
    checkout.uses = 'actions/checkout@main';
    delete asObj(checkout.with)['fetch-depth'];
    asObj(find(mutated, 'deploy.yml').doc.concurrency)['cancel-in-progress'] = true;
    ciJob.steps = asArray(ciJob.steps).map((step) => (isObj(step) && typeof step.run === 'string' ? { ...step, run: 'npm run build' } : step));
    const problems = workflowProblems(mutated, ctx).join('\n');
    expect(problems).toMatch(/actions\/checkout@main follows a branch/);
    expect(problems).toMatch(/checkout needs fetch-depth: 0/);
    expect(problems).toMatch(/deploy\.yml: concurrency must be/);
    expect(problems).toMatch(/ci\.yml: no job runs `npm test`/);
  });

  test('the checker flags a deploy without its release bundle, or with the bundle not uploaded', () => {
    const unbundled = clone(workflows);
    const build = asObj(asObj(find(unbundled, 'deploy.yml').doc.jobs).build);
    build.steps = steps(build).filter((step) => !String(step.run ?? '').startsWith('npm run release:bundle'));
    expect(workflowProblems(unbundled, ctx)).toContain('deploy.yml: build must run npm run release:bundle after npm run build');
    const unsent = clone(workflows);
    const job = asObj(asObj(find(unsent, 'deploy.yml').doc.jobs).build);
    job.steps = steps(job).filter((step) => actionOf(step) !== 'actions/upload-artifact');
    expect(workflowProblems(unsent, ctx)).toEqual(['deploy.yml: the release bundle (release/) is not uploaded as an artifact']);
  });

  test('the checker flags a tag pin and a pin without its version comment', () => {
    const mutated = clone(workflows);
    const ci = find(mutated, 'ci.yml');
    steps(asObj(asObj(ci.doc.jobs).test))[0]!.uses = 'actions/checkout@v7';
    ci.text = ci.text.replace(/(uses: actions\/checkout@\S+) # v[\d.]+/, '$1');
    const problems = workflowProblems(mutated, ctx).join('\n');
    expect(problems).toMatch(/actions\/checkout@v7 is not pinned to a full commit SHA/);
    expect(problems).toMatch(/has no "# vX\.Y\.Z" comment/);
  });

  test('the checker flags a freeze workflow that would run project code with a write token', () => {
    const job = (w: Workflow[], id: string) => asObj(asObj(find(w, 'freeze.yml').doc.jobs)[id]);
    const code = clone(workflows);
    job(code, 'propose').steps = [{ run: 'npm ci' }, ...asArray(job(code, 'propose').steps)];
    expect(workflowProblems(code, ctx)).toEqual(['freeze.yml: job propose has write access, so it may run no project code']);
    const writeReader = clone(workflows);
    job(writeReader, 'freeze').permissions = { contents: 'write' };
    expect(workflowProblems(writeReader, ctx).join('\n')).toMatch(/freeze\.yml: job freeze permissions must be exactly/);
    const always = clone(workflows);
    job(always, 'propose').if = "${{ inputs.dry_run && needs.freeze.outputs.folders != '' }}";
    expect(workflowProblems(always, ctx)).toEqual(['freeze.yml: job propose must be skipped on a dry run']);
    const noPipefail = clone(workflows);
    for (const step of asArray(job(noPipefail, 'freeze').steps)) delete asObj(step).shell;
    expect(workflowProblems(noPipefail, ctx)).toEqual(['freeze.yml: job freeze: the freeze step must set shell: bash (pipefail)']);
    const untrusted = clone(workflows);
    for (const step of asArray(job(untrusted, 'propose').steps)) {
      const o = asObj(step);
      if (typeof o.run === 'string') o.run = o.run.replace('=~ ^archive/([a-z0-9-]+)/([0-9]{4}-Q[1-4])$', '=~ .');
    }
    expect(workflowProblems(untrusted, ctx)).toEqual(['freeze.yml: job propose must check each tag (archive/{plan}/{period}) before pushing it']);
  });

  test('the checker flags a reminders workflow that would run project code with a write token', () => {
    const job = (w: Workflow[], id: string) => asObj(asObj(find(w, 'reminders.yml').doc.jobs)[id]);
    const wider = clone(workflows);
    job(wider, 'post').permissions = { issues: 'write', contents: 'write' };
    expect(workflowProblems(wider, ctx).join('\n')).toMatch(/reminders\.yml: job post permissions must be exactly/);
    const code = clone(workflows);
    job(code, 'post').steps = [{ uses: 'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1' }, { run: 'npm ci' }, ...asArray(job(code, 'post').steps)];
    const codeProblems = workflowProblems(code, ctx).join('\n');
    expect(codeProblems).toMatch(/job post writes issues, so it may use no action/);
    expect(codeProblems).toMatch(/job post writes issues, so it may run no project code/);
    const writeReader = clone(workflows);
    job(writeReader, 'compose').permissions = { contents: 'read', issues: 'write' };
    expect(workflowProblems(writeReader, ctx).join('\n')).toMatch(/job compose permissions must be exactly/);
    const triggered = clone(workflows);
    asObj(find(triggered, 'reminders.yml').doc.on).pull_request = null;
    expect(workflowProblems(triggered, ctx).join('\n')).toMatch(/reminders\.yml: must run on schedule and workflow_dispatch only/);
    const branch = clone(workflows);
    delete asObj(steps(job(branch, 'compose'))[0]!.with).ref;
    delete job(branch, 'post').if;
    const branchProblems = workflowProblems(branch, ctx).join('\n');
    expect(branchProblems).toMatch(/job compose must check out the default branch/);
    expect(branchProblems).toMatch(/job post must be skipped on a dry run/);
  });

  test('every workflow is valid against the GitHub workflow JSON Schema (action-validator)', () => {
    const require = createRequire(import.meta.url);
    const validator = require('@action-validator/core') as { validateWorkflow(src: string): { errors: unknown[] } };
    for (const { file, text } of workflows) expect({ file, errors: validator.validateWorkflow(text).errors }).toEqual({ file, errors: [] });
    // And it does reject a broken one.
    expect(validator.validateWorkflow('on: push\njobs:\n  a:\n    runs-onn: ubuntu-24.04\n').errors.length).toBeGreaterThan(0);
  });
});

describe('issue and pull request templates', () => {
  const dir = join(ROOT, '.github', 'ISSUE_TEMPLATE');
  const site = parse(read('content/site.yaml')) as { site: string; base?: string; repository: string; branch?: string };

  test('issue forms parse, each with a name, a description and uniquely named fields', () => {
    const forms = readdirSync(dir).filter((name) => name.endsWith('.yml') && name !== 'config.yml');
    expect(forms.sort()).toEqual(['data-error.yml', 'new-task.yml']);
    for (const name of forms) {
      const form = parse(readFileSync(join(dir, name), 'utf8')) as Obj;
      expect(typeof form.name, name).toBe('string');
      expect(typeof form.description, name).toBe('string');
      const body = asArray(form.body).map(asObj);
      const ids = body.filter((field) => field.type !== 'markdown').map((field) => field.id);
      expect(ids.every((id) => typeof id === 'string' && /^[a-z0-9_-]+$/.test(id)), name).toBe(true);
      expect(new Set(ids).size, name).toBe(ids.length);
      expect(body.some((field) => asObj(field.validations).required === true), name).toBe(true);
    }
  });

  test('config.yml links follow content/site.yaml', () => {
    const config = parse(readFileSync(join(dir, 'config.yml'), 'utf8')) as Obj;
    const urls = asArray(config.contact_links).map((link) => asObj(link).url);
    expect(urls).toEqual([
      `${site.repository}/blob/${site.branch ?? 'main'}/CONTRIBUTING.md`,
      `${site.site}${site.base ?? '/'}about/`,
    ]);
  });

  test('the pull request checklist names every status with its label', () => {
    const template = read('.github/pull_request_template.md');
    for (const key of STATUS_KEYS) expect(template).toContain(`${key} ${STATUS[key].label}`);
  });
});
