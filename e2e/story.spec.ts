import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { readFileSync } from 'node:fs';
import { colourDistance, expect, hiddenPlaces, openAtlas, pixels, project, test, waitForIdle, waitForStill } from './fixtures.ts';

const card = (page: Page) => page.getByRole('region', { name: 'Story' });

/** The story's steps, from the atlas the page loaded. */
async function steps(page: Page) {
  return page.evaluate(async () => {
    const atlas = await (await fetch('data/atlas.json')).json();
    return atlas.story as { title: string; day: number; places: string[] }[];
  });
}

async function mapMoving(page: Page) {
  return page.evaluate(() => (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas.map.isMoving());
}

test('the story: start, step on, wander off, and back to the step exactly', async ({ page }) => {
  await openAtlas(page);
  const all = await steps(page);
  await page.getByRole('button', { name: 'Tell the story' }).click();
  await expect(card(page)).toContainText(`Step 1 of ${all.length}`);
  await card(page).getByRole('button', { name: 'Next' }).click();
  await card(page).getByRole('button', { name: 'Next' }).click();
  await expect(card(page)).toContainText(`Step 3 of ${all.length}`);
  await expect(card(page).getByRole('heading', { level: 2 })).toHaveText(all[2]!.title);
  await expect(page).toHaveURL(/step=3/);
  await waitForIdle(page);
  await expect.poll(() => hiddenPlaces(page, all[2]!.places)).toEqual([]);
  await waitForStill(page);
  const atStep = await page.evaluate(() => location.hash);

  // Wander off: drag the map.
  const canvas = page.locator('canvas.maplibregl-canvas');
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 200, box.y + box.height / 2 + 80, { steps: 8 });
  await page.mouse.up();
  const back = card(page).getByRole('button', { name: 'Back to step 3' });
  await expect(back).toBeVisible();
  await expect(page).not.toHaveURL(/step=3/);

  await back.click();
  await expect(back).toBeHidden();
  await waitForIdle(page);
  await expect.poll(() => page.evaluate(() => location.hash)).toBe(atStep);
});

test('moving the slider pauses the story too', async ({ page }) => {
  await openAtlas(page, '#step=4');
  await expect(card(page)).toContainText('Step 4 of');
  const slider = page.getByRole('slider', { name: 'Date' });
  await slider.focus();
  await page.keyboard.press('PageUp');
  await expect(card(page).getByRole('button', { name: 'Back to step 4' })).toBeVisible();
});

test('a step= link opens that step: its camera and its date', async ({ page }) => {
  await openAtlas(page, '#step=13');
  const all = await steps(page);
  const step = all[12]!;
  await expect(card(page)).toContainText(`Step 13 of ${all.length}`);
  await expect(card(page).getByRole('heading', { level: 2 })).toHaveText(step.title);
  await expect(page.getByRole('slider', { name: 'Date' })).toHaveValue(String(step.day));
  await expect.poll(() => hiddenPlaces(page, step.places)).toEqual([]);
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('steps jump: no flight, no sliding date', async ({ page }) => {
    await openAtlas(page, '#step=5');
    const all = await steps(page);
    await card(page).getByRole('button', { name: 'Next' }).click();
    expect(await mapMoving(page)).toBe(false);
    expect(await hiddenPlaces(page, all[5]!.places)).toEqual([]);
    // The date is there at once, not sliding towards it.
    expect(await page.getByRole('slider', { name: 'Date' }).inputValue()).toBe(String(all[5]!.day));
  });
});

test('a compare date draws the zones in force then as outlines', async ({ page }) => {
  // In 1900 nothing is drawn on Sakhalin; on 21 May 1923 both halves were Japanese, split on 50°N.
  await openAtlas(page, '#map=6.5/50/143&date=1900-06-01');
  const along = await Promise.all(Array.from({ length: 12 }, (_, i) => project(page, 142.5 + i * 0.1, 50)));
  const before = await pixels(page, along);
  await page.getByRole('button', { name: 'Layers', exact: true }).click();
  await page.getByRole('textbox', { name: 'Compare with' }).fill('1923-05-21');
  // Exactly "Show": the edge marker of an event out of view says "show Dairen" too.
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  await expect(page.getByText('Zones in force on 21 May 1923: outlined')).toBeVisible();
  await expect(page).toHaveURL(/compare=1923-05-21/);
  await waitForIdle(page);
  const after = await pixels(page, along);
  const changed = after.filter((c, i) => colourDistance(c, before[i]!) > 60).length;
  expect(changed).toBeGreaterThanOrEqual(3);
});

test('a link with compare= says what the outlines are, and "Stop comparing" takes them away', async ({ page }) => {
  await openAtlas(page, '#map=6.5/50/143&date=1900-06-01&compare=1923-05-21');
  const note = page.locator('.compare-note');
  await expect(note).toContainText('Outlined: zones in force on 21 May 1923');
  await waitForIdle(page);
  const along = await Promise.all(Array.from({ length: 12 }, (_, i) => project(page, 142.5 + i * 0.1, 50)));
  const outlined = await pixels(page, along);

  await note.getByRole('button', { name: 'Stop comparing' }).click();
  await expect(note).toHaveCount(0);
  await expect(page).not.toHaveURL(/compare=/);
  await waitForIdle(page);
  const cleared = await pixels(page, along);
  expect(cleared.filter((c, i) => colourDistance(c, outlined[i]!) > 60).length).toBeGreaterThanOrEqual(3);
});

test('save image: a PNG of the map view, with the date drawn in', async ({ page }) => {
  await openAtlas(page, '#date=1923-05-21');
  await page.getByRole('button', { name: 'Layers', exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save image (PNG)' }).click()]);
  expect(download.suggestedFilename()).toBe('recognition-atlas-1923-05-21.png');
  const png = PNG.sync.read(readFileSync(await download.path()));
  const size = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
  expect(png.width).toBe(Math.round(size.width));
  expect(png.height).toBe(Math.round(size.height));
  // Not blank: the picture has the paper of the title panel and the colours of the map.
  const colours = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4 * 997) colours.add((png.data[i]! << 16) | (png.data[i + 1]! << 8) | png.data[i + 2]!);
  expect(colours.size).toBeGreaterThan(20);
});

test('download data: GeoJSON of what is in force, holding the zones the summary lists', async ({ page }) => {
  await openAtlas(page, '#date=1923-05-21');
  const summary = (await page.getByTestId('summary').textContent())!;
  await page.getByRole('button', { name: 'Layers', exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download what is in force (GeoJSON)' }).click()]);
  const collection = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(collection.type).toBe('FeatureCollection');
  const zones = collection.features
    .filter((f: { properties: { type: string } }) => f.properties.type === 'zone')
    .map((f: { properties: { name: string } }) => f.properties.name);
  const listed = summary
    .replace(/^In force on [^:]+: /, '')
    .replace(/\. Current event:.*$/, '')
    .split('; ')
    .map((z) => z.replace(/ \(possibly.*\)$/, ''));
  expect([...zones].sort()).toEqual([...listed].sort());
  for (const f of collection.features) expect(f.properties.citations.length).toBeGreaterThan(0);

  const [whole] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the whole atlas (GeoJSON)' }).click()]);
  const atlas = JSON.parse(readFileSync(await whole.path(), 'utf8'));
  expect(atlas.features.filter((f: { properties: { type: string } }) => f.properties.type === 'event').length).toBeGreaterThan(40);
});
