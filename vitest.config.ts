import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/site/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Two files at a time even on a 2-core machine (Vitest's default there is one): browser tests
    // spend most of their time waiting on Chromium, so a second worker fills the idle core. The
    // every-page check is split into parts (test/site/every-page/) so that it can be shared out.
    maxWorkers: 2,
  },
});
