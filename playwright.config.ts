import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, testChromium } from './tests/support/chromium';
import { DESKTOP_GREP } from './tests/e2e/support/screens';

// Picked once in the main process; workers inherit it through the environment.
process.env.PREVIEW_PORT ??= String(20000 + Math.floor(Math.random() * 20000));
const port = Number(process.env.PREVIEW_PORT);

export default defineConfig({
  testDir: 'tests/e2e',
  // Builds the next version of the site for the offline update test.
  globalSetup: './tests/e2e/support/next-build.ts',
  fullyParallel: true,
  // Two cores: a worker each. The browser, nginx and the test runner share them; more workers only queue.
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    // No service worker installs itself in every test: the offline, privacy and base-path tests allow it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: testChromium(),
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    // Only what the screen size can change runs here too (tests/e2e/support/screens.ts).
    { name: 'desktop', use: { ...devices['Desktop Chrome'] }, grep: DESKTOP_GREP },
    // Most readers are on phones: a 390×844 touch screen (an iPhone 12–15's CSS size), in Chromium's mobile mode.
    {
      name: 'phone',
      use: { ...devices['Pixel 7'], viewport: { width: 390, height: 844 }, screen: { width: 390, height: 844 } },
    },
  ],
  webServer: {
    // Serves the already-built dist/ (npm test builds first) as a production host does: nginx with the server block
    // the build wrote, so pages run under the headers a host sends (tests/e2e/support/serve-dist.ts).
    command: 'node tests/e2e/support/serve-dist.ts',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
  },
});
