import { colourDistance, expect, hashView, openAtlas, pixels, project, test, waitForIdle } from './fixtures.ts';

test('the map loads with land and sea, and nothing but its own origin', async ({ page, problems }) => {
  await openAtlas(page);
  // Points clear of labels: inner Manchuria (land) and the middle of the Sea of Japan.
  const land = await project(page, 122.5, 45.5);
  const sea = await project(page, 136, 41.5);
  const [landColour, seaColour] = await pixels(page, [land, sea]);
  const white = { r: 255, g: 255, b: 255 };
  const black = { r: 0, g: 0, b: 0 };
  expect(colourDistance(landColour!, seaColour!)).toBeGreaterThan(20);
  for (const c of [landColour!, seaColour!]) {
    expect(colourDistance(c, white)).toBeGreaterThan(20);
    expect(colourDistance(c, black)).toBeGreaterThan(60);
  }
  expect(problems.foreignRequests).toEqual([]);
});

test('the default view frames the Far East and is written to the hash', async ({ page }) => {
  await openAtlas(page);
  const view = await hashView(page);
  expect(view).not.toBeNull();
  // The frame holds Sakhalin, Primorye, Manchuria, Korea and Japan.
  const corners = await page.evaluate(() => {
    const { map } = (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas;
    const b = map.getBounds();
    return { west: b.getWest(), east: b.getEast(), south: b.getSouth(), north: b.getNorth() };
  });
  expect(corners.west).toBeLessThanOrEqual(115.5);
  expect(corners.east).toBeGreaterThanOrEqual(154.5);
  expect(corners.south).toBeLessThanOrEqual(33.5);
  expect(corners.north).toBeGreaterThanOrEqual(59.5);
});

test('a #map= link restores that view', async ({ page }) => {
  await openAtlas(page, '#map=6.5/50.2000/141.3000');
  const view = await hashView(page);
  expect(view).toEqual({ zoom: 6.5, lat: 50.2, lon: 141.3 });
  const center = await page.evaluate(() => {
    const { map } = (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas;
    return { zoom: map.getZoom(), ...map.getCenter() };
  });
  expect(center.zoom).toBeCloseTo(6.5, 2);
  expect(center.lat).toBeCloseTo(50.2, 3);
  expect(center.lng).toBeCloseTo(141.3, 3);
});

test('a garbage hash falls back to the default view without an error', async ({ page }) => {
  await openAtlas(page);
  const defaultView = await hashView(page);
  await page.goto('about:blank');
  await openAtlas(page, '#map=banana/%%%/NaN&<b>x</b>');
  expect(await hashView(page)).toEqual(defaultView);
});

test('editing the hash moves the map', async ({ page }) => {
  await openAtlas(page);
  await page.evaluate(() => (location.hash = '#map=5/43.1100/131.8700'));
  await expect.poll(() => hashView(page)).toEqual({ zoom: 5, lat: 43.11, lon: 131.87 });
});

test('the map pans with the keyboard', async ({ page }) => {
  await openAtlas(page);
  const before = await hashView(page);
  await page.locator('canvas.maplibregl-canvas').focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await hashView(page))?.lon).toBeGreaterThan(before!.lon);
  expect((await hashView(page))?.lat).toBeCloseTo(before!.lat, 3);
  await waitForIdle(page);
});

test('zoom buttons, scale bar and Natural Earth attribution are on the map', async ({ page }) => {
  await openAtlas(page);
  const before = await hashView(page);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(async () => (await hashView(page))?.zoom).toBeGreaterThan(before!.zoom + 0.5);
  await expect(page.locator('.maplibregl-ctrl-scale')).toHaveText(/\d+\s*km/);
  await expect(page.getByRole('link', { name: 'Natural Earth' })).toBeVisible();
});

test('the built site works under any base path', async ({ page }) => {
  // Serve dist/ under a deep sub-path, as a static host would: every URL must be relative.
  const { readFile } = await import('node:fs/promises');
  const { fileURLToPath } = await import('node:url');
  const dist = fileURLToPath(new URL('../dist/', import.meta.url));
  const types: Record<string, string> = {
    html: 'text/html',
    js: 'text/javascript',
    mjs: 'text/javascript',
    css: 'text/css',
    json: 'application/json',
    woff2: 'font/woff2',
    woff: 'font/woff',
  };
  // Anything asked for outside the base path is a URL that is not relative: it fails.
  await page.route('**/*', (route) => route.fulfill({ status: 404, body: 'outside the base path' }));
  await page.route('**/some/deep/base/**', async (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^\/some\/deep\/base\//, '') || 'index.html';
    try {
      const body = await readFile(dist + path);
      await route.fulfill({ body, contentType: types[path.split('.').pop()!] ?? 'application/octet-stream' });
    } catch {
      await route.fulfill({ status: 404, body: 'not found' });
    }
  });
  await page.goto('./some/deep/base/?debug#date=1923-05-21');
  await waitForIdle(page);
  await expect(page.getByRole('textbox', { name: /Go to date/ })).toHaveValue('21 May 1923');
});

test('the label fonts the first map waits for are preloaded, and nothing else is', async ({ page }) => {
  await openAtlas(page);
  const { preloaded, fetched } = await page.evaluate(() => ({
    preloaded: [...document.querySelectorAll<HTMLLinkElement>('link[rel=preload][as=font]')].map((l) => new URL(l.href).pathname),
    fetched: performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.endsWith('.woff2')),
  }));
  // vite.config.ts names the preloaded files by pattern; src/fonts.ts names the faces the labels use.
  // Each preload is a file the page went on to use, and every Latin face the opening page used
  // (the labels' and the interface's) was asked for early.
  expect(preloaded.length).toBeGreaterThan(0);
  for (const file of preloaded) expect(fetched, `${file} is preloaded but not used`).toContain(file);
  const latin = fetched.filter((p) => /\/noto-sans-latin-\d/.test(p));
  expect(latin.length).toBeGreaterThan(0);
  for (const file of latin) expect(preloaded, `${file} is used on the first map but not preloaded`).toContain(file);
});
