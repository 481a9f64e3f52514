import { defineConfig } from 'vitest/config';

// Three kinds of tests, run side by side by `npm test`: pure units, builds of fixture handbooks,
// and browser tests against the built default handbook (built once, in the e2e global setup).
export default defineConfig({
  test: {
    // Reviews are judged on a fixed date, so that the default handbook and the fixtures do not turn
    // overdue as the calendar moves on; the freshness tests set their own HANDBOOK_TODAY.
    env: { HANDBOOK_TODAY: '2026-12-01' },
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
