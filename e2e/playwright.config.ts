import { defineConfig } from '@playwright/test';
import { launchOptions } from './browser.ts';

// E2E_PORT lets two checkouts run their suites side by side.
const PORT = Number(process.env['E2E_PORT'] ?? 4173);

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  // Two cores and software WebGL: parallel browsers would only slow each other down.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  outputDir: '../test-results/e2e',
  reporter: [['list'], ['json', { outputFile: '../test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1280, height: 800 },
    launchOptions: launchOptions(),
    trace: 'off',
    // The atlas's service worker (offline use) would precache 7 MB in every test: only
    // e2e/offline.spec.ts lets it in. Each test has a fresh context, so no worker outlives its test.
    serviceWorkers: 'block',
  },
  // The production build, served as any static server would (npm run test:e2e builds it first).
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    cwd: '..',
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
