// `npm run screenshot [hash...]`: screenshots of the production build at 1280×800, for looking at
// the map and for the README (e2e/screenshots/default-view.png is the default view).
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { launchOptions } from '../e2e/browser.ts';
import { serveDist } from './serve.ts';

const hashes = process.argv.slice(2);
const server = await serveDist();
const browser = await chromium.launch(launchOptions());
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  mkdirSync('e2e/screenshots', { recursive: true });
  for (const hash of hashes.length ? hashes : ['']) {
    // A fresh page per hash: a hash-only navigation would keep the previous page's state.
    await page.goto('about:blank');
    // `?debug` installs the hook that says when the map is drawn (window.__atlas).
    await page.goto(`${server.url}?debug${hash}`);
    await page.waitForFunction(() => (window as unknown as { __atlas?: { hasAtlas(): boolean } }).__atlas?.hasAtlas() === true);
    await page.evaluate(() => (window as unknown as { __atlas: { idle(): Promise<void> } }).__atlas.idle());
    const name = `e2e/screenshots/${hash ? hash.replace(/[^a-z0-9.-]+/gi, '_').replace(/^_+|_+$/g, '') : 'default-view'}.png`;
    await page.screenshot({ path: name });
    console.log(`wrote ${name}`);
  }
} finally {
  await browser.close();
  await server.close();
}
