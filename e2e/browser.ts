// Which Chromium the e2e tests, the benchmark and the screenshot script drive. Playwright's own
// browser when it is installed; otherwise a system Chromium (CHROMIUM_PATH, or Debian's at
// /usr/bin/chromium), since Playwright cannot download its browsers on every machine.
import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function bundledChromium(): string | null {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

export function chromiumPath(): string | undefined {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist`);
    return fromEnv;
  }
  if (bundledChromium()) return undefined; // Playwright finds its own
  const system = SYSTEM_CHROMIUMS.find((p) => existsSync(p));
  if (!system) {
    throw new Error("No Chromium found: run `npx playwright install chromium`, install Debian's `chromium`, or set CHROMIUM_PATH.");
  }
  return system;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // WebGL through SwiftShader when there is no GPU (CI, containers).
  '--enable-unsafe-swiftshader',
];

export function launchOptions(extraArgs: string[] = []): LaunchOptions {
  const executablePath = chromiumPath();
  return { ...(executablePath ? { executablePath } : {}), args: [...CHROMIUM_ARGS, ...extraArgs] };
}
