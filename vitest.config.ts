import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts'],
    // Every temporary folder a test makes is deleted after it, and the run fails if one is left (see these files).
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/temp-dir-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
