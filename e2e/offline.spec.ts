// Offline use: after one visit, the service worker has the app, the atlas data, the land and the
// fonts, so that with no network at all a reload still draws the map at the linked date.
import { expect, openAtlas, test, waitForIdle } from './fixtures.ts';

test.use({ serviceWorkers: 'allow' });

test('after one visit, with the network gone, a reload shows the map at the linked date', async ({ page, context, problems }) => {
  // Two page loads and a 7 MB precache on software WebGL: over a minute when the machine is shared.
  test.setTimeout(120_000);
  await openAtlas(page, '#map=4/45/135&date=1923-05-21');
  // The worker is active once it has precached everything (Workbox's install step).
  const precached = await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    const names = await caches.keys();
    const cache = await caches.open(names.find((n) => n.includes('precache'))!);
    return (await cache.keys()).map((r) => new URL(r.url).pathname);
  });
  for (const file of ['/index.html', '/data/atlas.json', '/data/land-10m.json', '/manifest.webmanifest']) expect(precached).toContain(file);
  expect(precached.some((p) => /noto-sans-latin-400-normal-.*\.woff2$/.test(p))).toBe(true);
  expect(precached.some((p) => /noto-sans-jp-.*\.woff2$/.test(p))).toBe(true);

  await context.setOffline(true);
  // Nothing reaches the server from here on: any request that leaves the browser fails the test.
  const network: string[] = [];
  page.on('requestfinished', (r) => {
    void r.response().then((res) => {
      if (res && !res.fromServiceWorker()) network.push(r.url());
    });
  });
  await page.reload();
  await waitForIdle(page);
  await expect(page.getByRole('textbox', { name: /Go to date/ })).toHaveValue('21 May 1923');
  await expect(page.getByTestId('summary')).not.toBeEmpty();
  await expect(page.locator('.load-error')).toHaveCount(0);
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  expect(network.filter((u) => u.startsWith('http'))).toEqual([]);
  expect(problems.failedRequests).toEqual([]);
});
