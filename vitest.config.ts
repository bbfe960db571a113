import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // Hooks load datasets and start browsers; on a shared, busy machine 10 s (the default) is not enough.
    hookTimeout: 60_000,
  },
});
