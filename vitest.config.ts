import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts'],
    // Deletes, after each test file, the temporary folders its beforeAll hooks made (test/temp-dir.ts).
    setupFiles: ['test/temp-dir-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
