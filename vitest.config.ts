import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts'],
    // Every temporary folder a test makes is deleted after it, and the run fails if one is left (see these files).
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/temp-dir-setup.ts'],
    // Two test files at a time: vitest's default, one fewer than the cores, runs one file at a time on the
    // 2-core machines CI uses, and the suite took ten minutes there under load. Tests wait on events, not
    // on time, so a second file competing for the cores slows them without failing them.
    maxWorkers: 2,
    // A test's time limit catches a hang, not slowness: the index snapshot's tests build an index a dozen
    // times, and with four other CPU-bound processes on the 2 cores two of them ran past 20 s.
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
