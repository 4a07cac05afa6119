import { defineConfig } from 'vitest/config';

// End-to-end tests: the built app (dist/) in Debian's Chromium. Run `vite build` first; this config builds nothing.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/support/globalSetup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
