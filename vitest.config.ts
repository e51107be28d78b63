import { defineConfig } from 'vitest/config';

// Three layers, each run on its own by an npm script (`vitest run --project <name>`):
// unit: pure functions; site: the built dist/ (run `npm run build:local` first); browser: the built
// site in headless Chromium, one file at a time (each file starts its own server and browser, and
// timing-sensitive checks are steadier without other files competing for the CPU).
export default defineConfig({
  test: {
    environment: 'node',
    projects: [
      // The bad-input cases each load a whole broken copy of the corpus: under load on two cores one can
      // pass Vitest's 5 s default, so unit tests get 30 s.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 } },
      // Reading every page of dist/ takes longer than Vitest's 5 s default; the tests that build a
      // copy of the project set their own, longer, timeouts.
      { extends: true, test: { name: 'site', include: ['tests/site/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 } },
      {
        extends: true,
        test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], fileParallelism: false, testTimeout: 60_000, hookTimeout: 60_000 },
      },
    ],
  },
});
