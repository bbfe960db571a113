// The content folders the generic tests run over: Tianmen's content/ and another city's plan
// (test/fixtures/plans/qingshan, issued 2024 in full-width punctuation). A test that holds for any valid
// content iterates over both, so nothing in it can lean on one plan.
export const GENERIC_CONTENTS = [
  { name: 'content/', contentDir: 'content' },
  { name: 'the second plan', contentDir: 'test/fixtures/plans/qingshan/content' },
] as const;
