import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests run the test build of the renderer (dist/renderer-test, with the test API;
 * built first when stale) in Debian's Chromium (Playwright's own browser download is not used).
 * The web server is the same one `npm run web` starts. e2e/shipped-build.spec.ts checks the
 * shipped build (dist/renderer, `npx vite build`) has no test API.
 */
const port = Number(process.env.E2E_PORT ?? 4791);

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  outputDir: 'test-results/artifacts',
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
    viewport: { width: 1920, height: 1080 },
    hasTouch: true,
    locale: 'nl-NL',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `node scripts/serve-test-build.mjs --port ${port} --quiet`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
