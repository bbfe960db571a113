import { expect, test } from 'vitest';
import { buildEnv, buildKind } from '../../src/site/build-kind.ts';

test('the default build: content/ with its own reports, real, to dist/, held to the published list', () => {
  expect(buildKind({})).toEqual({ contentDir: 'content', reportsDir: undefined, demo: false, outDir: 'dist', plan: undefined, checksPublishedUrls: true, usesUrlLedger: true });
});

test('the demo dataset is labelled demo and not held to the published list', () => {
  expect(buildKind(buildEnv({ demo: true, outDir: 'dist-demo' }))).toEqual({
    contentDir: 'content',
    reportsDir: 'examples/demo/reports',
    demo: true,
    outDir: 'dist-demo',
    plan: undefined,
    checksPublishedUrls: false,
    usesUrlLedger: true,
  });
});

test('reports from another folder (test fixtures) are labelled demo', () => {
  const kind = buildKind(buildEnv({ reportsDir: 'test/fixtures/hostile/reports' }));
  expect([kind.reportsDir, kind.demo, kind.checksPublishedUrls]).toEqual(['test/fixtures/hostile/reports', true, false]);
});

test('another content folder builds a real site, not held to content/\'s published list', () => {
  const kind = buildKind(buildEnv({ contentDir: '/tmp/bench/2000x12' }));
  expect([kind.contentDir, kind.reportsDir, kind.demo, kind.checksPublishedUrls, kind.usesUrlLedger]).toEqual(['/tmp/bench/2000x12', undefined, false, false, false]);
});

test('on a site of several plans, --plan names the plan the demo reports belong to', () => {
  const kind = buildKind(buildEnv({ contentDir: '.scenarios/two/content', demo: true, plan: 'ggfw-2022' }));
  expect([kind.plan, kind.reportsDir, kind.demo, kind.usesUrlLedger]).toEqual(['ggfw-2022', 'examples/demo/reports', true, false]);
});
