// The map explains itself: a legend always in view that lists what is drawn on the day, in the
// map's own colours; the zones drawn by their holder in fact or in law, switched in the URL.
import type { Page } from '@playwright/test';
import { colourDistance, expect, openAtlas, pixels, project, test, waitForIdle, type Rgb } from './fixtures.ts';

const legend = (page: Page) => page.getByTestId('legend');

/** The legend's entries, by key. */
async function legendKeys(page: Page): Promise<string[]> {
  return legend(page)
    .locator('[data-key]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-key')!));
}

/** A swatch's colour as CSS computes it (a tint mixed over the land), as 0–255 channels. */
async function swatchColour(page: Page, key: string): Promise<Rgb> {
  const css = await legend(page)
    .locator(`[data-key="${key}"] .key`)
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  const srgb = /color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)/.exec(css);
  const [r, g, b] = srgb ? srgb.slice(1, 4).map((c) => Math.round(Number(c) * 255)) : css.match(/\d+/g)!.slice(0, 3).map(Number);
  return { r: r!, g: g!, b: b! };
}

/** Goes to a date through the typed-date field, as a reader would, and waits for the map. */
async function goTo(page: Page, date: string): Promise<void> {
  await page.getByRole('textbox', { name: /Go to date/ }).fill(date);
  await page.getByRole('button', { name: 'Go', exact: true }).click();
  await waitForIdle(page);
}

test('a legend is in view on load, lists exactly what is drawn on the day, in the map’s own colours', async ({ page }) => {
  await openAtlas(page, '#map=3.6/46/128&date=1910-09-01');
  await expect(legend(page)).toBeVisible();
  await expect(legend(page).locator('[data-key]').first()).toBeVisible();

  // What each day draws, from the history: who held the land, and how.
  const zonesOf = (keys: string[]) => keys.filter((k) => k.startsWith('holder-') || k.startsWith('status-') || k === 'uncertain');
  const days: [string, string[]][] = [
    ['1910-09-01', ['holder-japan', 'holder-russia', 'holder-china', 'status-sovereign', 'status-colony', 'status-leased', 'status-sphere']],
    [
      '1921-06-01',
      // The White government at Vladivostok, the Far Eastern Republic, North Sakhalin occupied, the
      // Chinese Eastern Railway's zone disputed, Mongolia's standing disputed.
      [
        'holder-japan',
        'holder-soviet',
        'holder-white',
        'holder-fer',
        'holder-china',
        'holder-mongolia',
        'status-sovereign',
        'status-colony',
        'status-leased',
        'status-occupation',
        'status-sphere',
        'status-disputed',
      ],
    ],
    [
      '1935-06-01',
      ['holder-japan', 'holder-soviet', 'holder-china', 'holder-mongolia', 'status-sovereign', 'status-colony', 'status-leased', 'status-puppet-state'],
    ],
    // Japan under American occupation, Korea under two, Port Arthur a Soviet base: no Japanese or Korean holder in fact.
    ['1946-06-01', ['holder-soviet', 'holder-china', 'holder-mongolia', 'holder-usa', 'status-sovereign', 'status-leased', 'status-occupation']],
  ];
  for (const [date, expected] of days) {
    if (date !== '1910-09-01') await goTo(page, date);
    expect(zonesOf(await legendKeys(page)).sort(), date).toEqual([...expected].sort());
  }

  // The swatches are the map's paint: a sovereign's tint over the land, sampled well inside its land.
  await goTo(page, '1910-09-01');
  const inside: [string, number, number][] = [
    ['holder-japan', 139.6, 36.8],
    ['holder-russia', 131, 57.5],
    ['holder-china', 113.5, 41.5],
  ];
  const drawn = await pixels(page, await Promise.all(inside.map(([, lon, lat]) => project(page, lon, lat))));
  for (const [i, [key]] of inside.entries()) expect(colourDistance(drawn[i]!, await swatchColour(page, key)), key).toBeLessThan(16);
});

test('the law/fact switch redraws North Sakhalin in 1923, and a reload keeps it through the URL', async ({ page }) => {
  await openAtlas(page, '#map=6/51.6/142.9&date=1923-05-21');
  await expect(page.getByTestId('reading')).toContainText('in fact');
  // A few points inside North Sakhalin (hatched in fact: an average over the hatching).
  const spots = await Promise.all(
    [
      [142.7, 51.2],
      [142.9, 51.5],
      [142.8, 51.9],
      [143.0, 52.3],
    ].map(([lon, lat]) => project(page, lon!, lat!)),
  );
  const inFact = await pixels(page, spots);
  await legend(page).getByRole('button', { name: 'In law' }).click();
  await waitForIdle(page);
  await expect(page.getByTestId('reading')).toContainText('in law');
  await expect.poll(() => page.evaluate(() => location.hash)).toContain('view=law');
  const inLaw = await pixels(page, spots);
  const change = inFact.reduce((sum, p, i) => sum + colourDistance(p, inLaw[i]!), 0) / spots.length;
  expect(change).toBeGreaterThan(30);

  await page.reload();
  await waitForIdle(page);
  await expect(page.getByTestId('reading')).toContainText('in law');
  await expect(legend(page).getByRole('button', { name: 'In law' })).toHaveAttribute('aria-pressed', 'true');
  const again = await pixels(page, spots);
  expect(again.reduce((sum, p, i) => sum + colourDistance(p, inLaw[i]!), 0) / spots.length).toBeLessThan(10);
});

test('the current event out of view gets a marker at the map’s edge, pointing to it, clear of the key; activating it flies there', async ({ page }) => {
  const pointer = page.getByTestId('event-pointer');
  const title = page.getByTestId('current-event').locator('.current-title');

  // In the opening frame the Nikolaevsk incident's town is in view: no marker.
  await openAtlas(page, '#date=1920-05-01');
  await expect(title).toContainText('Nikolaevsk');
  await expect(pointer).toHaveCount(0);

  // Looking at Japan, the town is far to the north: the marker names the event, on the side it lies.
  await openAtlas(page, '#map=6/34.7/135.5&date=1920-05-01');
  await expect(pointer).toBeVisible();
  await expect(pointer).toContainText(await title.innerText());
  const town = await project(page, 140.72, 53.15);
  const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
  const marker = (await pointer.boundingBox())!;
  const middle = { x: canvas.x + canvas.width / 2, y: canvas.y + canvas.height / 2 };
  const towards = { x: town.x - middle.x, y: town.y - middle.y };
  const at = { x: marker.x + marker.width / 2 - middle.x, y: marker.y + marker.height / 2 - middle.y };
  expect(towards.y).toBeLessThan(0);
  expect(at.x * towards.x + at.y * towards.y, 'the marker lies the way the town does').toBeGreaterThan(0);
  expect(marker.y, 'on the top edge, below the masthead').toBeLessThan(middle.y / 2);

  await pointer.click();
  await waitForIdle(page);
  await expect(pointer).toHaveCount(0);
  const after = await project(page, 140.72, 53.15);
  expect(after.x).toBeGreaterThan(canvas.x);
  expect(after.x).toBeLessThan(canvas.x + canvas.width);
  expect(after.y).toBeGreaterThan(canvas.y);
  expect(after.y).toBeLessThan(canvas.y + canvas.height);

  // Looking north-east of Vladivostok, its agreement's marker would fall on the key at the bottom left: it moves clear of it.
  await openAtlas(page, '#map=6/55/150&date=1923-05-21');
  await expect(pointer).toBeVisible();
  const key = (await legend(page).boundingBox())!;
  const clear = (await pointer.boundingBox())!;
  const overlaps = clear.x < key.x + key.width && key.x < clear.x + clear.width && clear.y < key.y + key.height && key.y < clear.y + clear.height;
  expect(overlaps, 'the marker is not over the key').toBe(false);
});
