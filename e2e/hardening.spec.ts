import type { Page } from '@playwright/test';
import type { AtlasDebugHook } from '../src/lib/map/debug-hook.ts';
import { GARBAGE } from '../tests/fixtures/garbage-hashes.ts';
import { expect, openAtlas, searchResults, test, waitForIdle } from './fixtures.ts';

/** The dock's date: a field that shows the date in view and takes a typed one. */
const dateText = (page: Page) => page.getByRole('textbox', { name: /Go to date/ });
const firstFrame = (page: Page) => page.evaluate(() => (window as unknown as { __atlas: AtlasDebugHook }).__atlas.firstFrame());
const DATE_IN_WORDS = /^\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) (18[5-9]\d|19[0-5]\d)$/;

test('fifty garbage hashes: never a page error, always a valid view and date', async ({ page, problems }) => {
  test.setTimeout(240_000);
  let dialogs = 0;
  page.on('dialog', async (d) => {
    dialogs++;
    await d.dismiss();
  });
  expect(GARBAGE).toHaveLength(50);
  for (const [i, garbage] of GARBAGE.entries()) {
    // A query string makes each one a fresh page load, not just a hash change.
    await page.goto(`./?debug&run=${i}#${garbage}`);
    await expect(dateText(page), garbage).toHaveValue(DATE_IN_WORDS);
    // The camera, read from the live map (it is set before the land has loaded).
    const view = await page.evaluate(() => {
      const { map } = (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas;
      return { zoom: map.getZoom(), lat: map.getCenter().lat, lon: map.getCenter().lng };
    });
    expect(Number.isFinite(view.zoom) && view.zoom >= 0 && view.zoom <= 11, garbage).toBe(true);
    expect(Math.abs(view.lat) <= 85.06 && Math.abs(view.lon) <= 180, garbage).toBe(true);
    expect(problems.errors, garbage).toEqual([]);
  }
  expect(dialogs).toBe(0);
});

test('a link whose atlas arrives before the map has loaded its style: selection and comparison wait for the atlas', async ({ page }) => {
  // MapLibre loads a style object at its next animation frame. Holding the page's frames until the
  // atlas has arrived makes an order certain that otherwise depends on timing (a cached atlas.json):
  // the app hands the map the link's comparison date and its selection, then the atlas, all before
  // the style has loaded. The problems fixture fails the test on MapLibre's console error.
  await page.addInitScript(() => {
    const w = window as unknown as { __holdFrames: boolean };
    w.__holdFrames = true;
    const raf = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (callback) =>
      raf(function wait(t) {
        if (w.__holdFrames) raf(wait);
        else callback(t);
      });
  });
  await page.goto('./?debug#map=5/45/132&date=1923-05-21&compare=1910-09-01&zone=korea');
  // The atlas is in once the dock names the current event: Svelte updates the page without frames.
  await expect(page.locator('.dock .current-title')).toHaveText('Fishery agreement at Vladivostok');
  expect(await page.evaluate(() => (window as unknown as { __atlas: AtlasDebugHook }).__atlas.hasAtlas()), 'the style has not loaded yet').toBe(false);
  await page.evaluate(() => {
    (window as unknown as { __holdFrames: boolean }).__holdFrames = false;
  });
  await waitForIdle(page);
  const korea = await page.evaluate(() =>
    (window as unknown as { __atlas: AtlasDebugHook }).__atlas.map.getFeatureState({ source: 'atlas-zones', id: 'korea' }),
  );
  // Selected by the link, and in force (certainly) on the comparison date, 1 September 1910.
  expect(korea).toMatchObject({ selected: true, cmp: 2 });
});

test('text from the data is shown as text: a place named like HTML runs nothing', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', async (d) => {
    dialogs++;
    await d.dismiss();
  });
  const hostile = '<img src=x onerror=alert(1)>';
  await page.route('**/data/atlas.json', async (route) => {
    const atlas = await (await route.fetch()).json();
    const gensan = atlas.places.find((p: { id: string }) => p.id === 'gensan');
    gensan.names.en = hostile;
    gensan.roles[0].label = '<script>alert(2)</script>';
    atlas.events[0].summary = '<b onmouseover=alert(3)>bold?</b>';
    await route.fulfill({ json: atlas });
  });
  await openAtlas(page, '#date=1923-05-21&place=gensan');
  const panel = page.getByRole('complementary', { name: 'Atlas panel' });
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(hostile);
  await expect(panel).toContainText('<script>alert(2)</script>');
  await page.getByRole('combobox', { name: 'Search the atlas' }).fill('<img');
  await expect(searchResults(page).first()).toContainText(hostile);
  await page.keyboard.press('Escape');
  // With the panel open, its own tabs are the one way to its other pages.
  await panel.getByRole('tab', { name: 'Events' }).click();
  await expect(panel).toContainText('<b onmouseover=alert(3)>bold?</b>');
  expect(await page.locator('img[src="x"], b[onmouseover]').count()).toBe(0);
  expect(dialogs).toBe(0);
});

test('when the atlas data cannot be loaded, the page says so and offers a retry', async ({ page }) => {
  let fail = true;
  await page.route('**/data/atlas.json', (route) => (fail ? route.abort('failed') : route.continue()));
  await page.goto('./?debug');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The atlas data could not be downloaded');
  await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toHaveCount(0);
  // The map does not wait for the atlas that failed: it paints its land.
  await page.waitForFunction(() => (window as unknown as { __atlas: AtlasDebugHook }).__atlas.firstFrame() !== null);
  expect(await firstFrame(page)).toMatchObject({ reason: 'without atlas' });
  fail = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(dateText(page)).toHaveValue('1 February 1923');
  await waitForIdle(page);
});

test('the map paints nothing until it is complete: its first frame has the land, the atlas and its labels', async ({ page }) => {
  // No deadline (firstframe=wait): on a slow machine it would paint an incomplete map first, by design.
  await page.goto('./?debug&firstframe=wait');
  // Until then the page says it is loading, over the sea's colour.
  await expect(page.getByRole('status').filter({ hasText: 'Loading the atlas' })).toBeVisible();
  await waitForIdle(page);
  // Painting as it loaded, the map's first frame would be the sea alone, then the land without the atlas.
  expect(await firstFrame(page)).toMatchObject({ reason: 'complete' });
  await expect(page.getByRole('status').filter({ hasText: 'Loading the atlas' })).toHaveCount(0);
});

test('a corrupt atlas file is reported as damaged', async ({ page }) => {
  await page.route('**/data/atlas.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"format": 2, "places": [' }));
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText('The atlas data is damaged');
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
});

test('a loading indicator shows while the data loads; a page opened without ?debug has no test hook', async ({ page }) => {
  let release: () => void = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/data/atlas.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./');
  await expect(page.getByRole('status').filter({ hasText: 'Loading the atlas' })).toBeVisible();
  release();
  await expect(dateText(page)).toHaveValue('1 February 1923');
  await expect(page.getByRole('status').filter({ hasText: 'Loading the atlas' })).toHaveCount(0);
  // The map is drawn (the loading note waits for its first frame), and nothing exposes it.
  expect(await page.evaluate(() => '__atlas' in window)).toBe(false);
});

test('the Content-Security-Policy holds over a whole session, and nothing leaves the origin', async ({ page, problems }) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await openAtlas(page, '#date=1923-05-21');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");

  // Every feature once: search, a place, a zone, the chronology, layers, compare, exports, the story, play.
  await page.getByRole('combobox', { name: 'Search the atlas' }).fill('尼港');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Nikolaevsk-on-Amur' })).toBeVisible();
  await page.getByRole('tab', { name: 'Events' }).click();
  await page.getByRole('button', { name: /Basic Convention signed/ }).click();
  await page.getByRole('tab', { name: 'Layers' }).click();
  await page.getByRole('checkbox', { name: 'Event glow' }).uncheck();
  await page.getByRole('textbox', { name: 'Compare with' }).fill('1910');
  await page.getByRole('button', { name: 'Show' }).click();
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save image (PNG)' }).click()]);
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the whole atlas (GeoJSON)' }).click()]);
  await page.getByRole('tab', { name: 'Sources' }).click();
  await page.getByRole('button', { name: 'Tell the story' }).click();
  await page.getByRole('region', { name: 'Story' }).getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await waitForIdle(page);

  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
  expect(problems.foreignRequests).toEqual([]);
});
