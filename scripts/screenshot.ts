// `npm run screenshot [--phone | --size=WxH] [#hash ...]`: screenshots of the production build, for
// looking at the map and for the README (e2e/screenshots/default-view.png is the default view).
// At 1280×800 by default; `--phone` is 390×844 with touch, as the e2e tests' phone; `--size=844x390`
// any other size (a phone turned sideways). Files are named after the hash, and the size when not
// the default.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { launchOptions } from '../e2e/browser.ts';
import { serveDist } from './serve.ts';

const args = process.argv.slice(2);
const sizeArg = args.find((a) => a.startsWith('--size='))?.slice('--size='.length) ?? (args.includes('--phone') ? '390x844' : '1280x800');
const [width, height] = sizeArg.split('x').map(Number);
if (!width || !height) throw new Error(`--size wants WIDTHxHEIGHT, not ${sizeArg}`);
const touch = width < 700 || height < 500;
const suffix = sizeArg === '1280x800' ? '' : `-${sizeArg}`;
const hashes = args.filter((a) => !a.startsWith('--'));

const server = await serveDist();
const browser = await chromium.launch(launchOptions());
try {
  const page = await browser.newPage({ viewport: { width, height }, hasTouch: touch, isMobile: touch });
  mkdirSync('e2e/screenshots', { recursive: true });
  for (const hash of hashes.length ? hashes : ['']) {
    // A fresh page per hash: a hash-only navigation would keep the previous page's state.
    await page.goto('about:blank');
    // `?debug` installs the hook that says when the map is drawn (window.__atlas).
    await page.goto(`${server.url}?debug${hash}`);
    await page.waitForFunction(() => (window as unknown as { __atlas?: { hasAtlas(): boolean } }).__atlas?.hasAtlas() === true);
    // A story step or a link's place may still be moving the camera (and the panel sliding in).
    await page.waitForFunction(() => !(window as unknown as { __atlas: { map: { isMoving(): boolean } } }).__atlas.map.isMoving());
    await page.evaluate(() => (window as unknown as { __atlas: { idle(): Promise<void> } }).__atlas.idle());
    const name = `e2e/screenshots/${hash ? hash.replace(/[^a-z0-9.-]+/gi, '_').replace(/^_+|_+$/g, '') : 'default-view'}${suffix}.png`;
    await page.screenshot({ path: name });
    console.log(`wrote ${name}`);
  }
} finally {
  await browser.close();
  await server.close();
}
