import type { Page } from '@playwright/test';
import { HOLDER_COLOURS } from '../src/lib/theme.ts';
import { colourDistance, expect, openAtlas, pixels, project, searchResults, test, waitForIdle } from './fixtures.ts';

const panel = (page: Page) => page.getByRole('complementary', { name: 'Atlas panel' });
const panelHeading = (page: Page) => panel(page).getByRole('heading', { level: 2 });
/** The dock's date: a field that shows the date in view and takes a typed one. */
const dateText = (page: Page) => page.getByRole('textbox', { name: /Go to date/ });

test('clicking Nikolaevsk opens its panel: the 1920 incident and its role in the agent plan', async ({ page }) => {
  await openAtlas(page, '#map=5/52/138&date=1923-05-21');
  const at = await project(page, 140.72, 53.15);
  await page.mouse.click(at.x, at.y);
  await expect(panelHeading(page)).toHaveText('Nikolaevsk-on-Amur');
  await expect(panel(page).getByTestId('role-now')).toContainText('Proposed seat of a Japanese commercial agent (1923 plan)');
  await expect(panel(page)).toContainText('Side in the plan: Japanese agent (Soviet city)');
  await expect(panel(page).getByRole('button', { name: /Nikolaevsk incident/ })).toBeVisible();
  await expect(panel(page)).toContainText('尼港');
  await expect(page).toHaveURL(/place=nikolaevsk/);
});

test('hovering a place shows its name and a pointer', async ({ page }) => {
  await openAtlas(page, '#map=5/52/138&date=1923-05-21');
  const at = await project(page, 140.72, 53.15);
  await page.mouse.move(at.x, at.y);
  await expect(page.getByRole('tooltip')).toHaveText('Nikolaevsk-on-Amur');
  await expect(page.locator('canvas.maplibregl-canvas')).toHaveCSS('cursor', 'pointer');
});

test('searching "Гензан" opens Gensan with its side in the plan', async ({ page }) => {
  await openAtlas(page, '#date=1923-05-21');
  const search = page.getByRole('combobox', { name: 'Search the atlas' });
  await search.fill('Гензан');
  await expect(page.getByRole('option', { name: /Gensan/ })).toBeVisible();
  await search.press('Enter');
  await expect(panelHeading(page)).toHaveText('Gensan');
  await expect(panel(page)).toContainText('Side in the plan: Soviet official (Japanese-ruled port)');
  await expect(panel(page)).toContainText('Wonsan');
});

test('search finds a city by any of its names, in any script', async ({ page }) => {
  await openAtlas(page);
  const search = page.getByRole('combobox', { name: 'Search the atlas' });
  for (const [query, name] of [
    ['Nikolaevsk', 'Nikolaevsk-on-Amur'],
    ['Николаевск', 'Nikolaevsk-on-Amur'],
    ['尼港', 'Nikolaevsk-on-Amur'],
    ['Wonsan', 'Gensan'],
    ['Gensan', 'Gensan'],
  ]) {
    await search.fill(query!);
    await expect(searchResults(page).first(), query).toContainText(name!);
  }
  await search.fill('Atlantis');
  await expect(page.getByRole('status').filter({ hasText: 'Nothing in the atlas by that name' })).toBeVisible();
});

test('a place= link opens Vladivostok with the fishery agreement of 21 May 1923', async ({ page }) => {
  await openAtlas(page, '#date=1923-06-01&place=vladivostok');
  await expect(panelHeading(page)).toHaveText('Vladivostok');
  const fishery = panel(page).getByRole('button', { name: /21 May 1923\s*Fishery agreement at Vladivostok/ });
  await expect(fishery).toBeVisible();
  await fishery.click();
  await expect(dateText(page)).toHaveValue('21 May 1923');
  await expect(page.getByRole('slider', { name: 'Date' })).toHaveAttribute('aria-valuetext', '21 May 1923');
});

test('an unknown place id is ignored', async ({ page }) => {
  await openAtlas(page, '#date=1923-06-01&place=atlantis');
  await expect(panel(page)).toHaveCount(0);
  await expect(dateText(page)).toHaveValue('1 June 1923');
  await expect(page).not.toHaveURL(/atlantis/);
});

test('choosing an event in the chronology moves the slider and keeps the current event marked', async ({ page }) => {
  await openAtlas(page, '#date=1923-06-01');
  await page.getByRole('button', { name: 'Events', exact: true }).click();
  await expect(panel(page).locator('[aria-current="true"]')).toContainText('Fishery agreement at Vladivostok');
  await panel(page)
    .getByRole('button', { name: /Basic Convention signed/ })
    .click();
  await expect(dateText(page)).toHaveValue('20 January 1925');
  await expect(panel(page).locator('[aria-current="true"]')).toContainText('Basic Convention signed');
});

test('the keyboard-only path: Tab to the search, type, Enter, read, Escape returns focus', async ({ page }) => {
  await openAtlas(page, '#date=1923-05-21');
  // The masthead's language switch comes first, then the search.
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('language')).toBeFocused();
  await page.keyboard.press('Tab');
  const search = page.getByRole('combobox', { name: 'Search the atlas' });
  await expect(search).toBeFocused();
  await page.keyboard.type('vladiv');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(panelHeading(page)).toHaveText('Vladivostok');
  await expect(panelHeading(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel(page)).toHaveCount(0);
  await expect(search).toBeFocused();
  await expect(page).not.toHaveURL(/place=/);
});

test('a zone is clickable: Korea, who held it, when, its area', async ({ page }) => {
  await openAtlas(page, '#map=5/38.5/127.5&date=1923-05-21');
  const inside = await project(page, 127.0, 36.2);
  await page.mouse.click(inside.x, inside.y);
  await expect(panelHeading(page)).toHaveText('Korea under Japan');
  await expect(panel(page).getByTestId('zone-status')).toHaveText('In force on 21 May 1923');
  await expect(panel(page)).toContainText('17 November 1905 – 15 August 1945');
  await expect(panel(page)).toContainText(/2\d\d,\d\d\d km²/);
  // The selection holds while the date moves; out of force, the panel says so.
  await page.getByRole('textbox', { name: /Go to date/ }).fill('1950');
  await page.getByRole('textbox', { name: /Go to date/ }).press('Enter');
  await expect(panel(page).getByTestId('zone-status')).toHaveText('Not in force on 1 January 1950');
});

test('a citation opens its entry among the sources', async ({ page }) => {
  await openAtlas(page, '#date=1923-06-01&place=vladivostok');
  await panel(page).getByRole('button', { name: 'Ismailov ¶22, n. 14 (Lensen 1970, p. 113)' }).first().click();
  await expect(panelHeading(page)).toHaveText('Sources');
  await expect(panel(page).locator('[data-entry="lensen-1970"]')).toBeFocused();
  await expect(panel(page).locator('[data-entry="lensen-1970"]')).toContainText('Japanese Recognition of the USSR');
});

test('layers switch off and on, with a legend', async ({ page }) => {
  await openAtlas(page, '#map=6/53/140&date=1923-05-21');
  const dot = await project(page, 140.72, 53.15);
  const [withPlaces] = await pixels(page, [dot]);
  await page.getByRole('button', { name: 'Layers', exact: true }).click();
  await panel(page).getByRole('checkbox', { name: 'Places' }).uncheck();
  await waitForIdle(page);
  const [withoutPlaces] = await pixels(page, [dot]);
  expect(colourDistance(withPlaces!, withoutPlaces!)).toBeGreaterThan(60);
  await expect(panel(page)).toContainText('Dates uncertain or disputed: drawn lighter, with a dashed edge');
  // The legend's keys are drawn in the map's own colours (one set of constants for both).
  const keyColour = (label: string) =>
    panel(page)
      .getByRole('listitem')
      .filter({ hasText: new RegExp(`^${label}$`) })
      .locator('.key')
      .getAttribute('data-colour');
  expect(await keyColour('Japan')).toBe(HOLDER_COLOURS.japan);
  expect(await keyColour('Soviet Russia, the USSR from 1922')).toBe(HOLDER_COLOURS.soviet);
  expect(await keyColour('The Far Eastern Republic')).toBe(HOLDER_COLOURS.fer);
  await panel(page).getByRole('checkbox', { name: 'Places' }).check();
  await waitForIdle(page);
  const [again] = await pixels(page, [dot]);
  expect(colourDistance(withPlaces!, again!)).toBeLessThan(30);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the panel opens as a bottom sheet and the slider stays usable', async ({ page }) => {
    await openAtlas(page, '#date=1923-05-21&place=gensan');
    const sheet = await panel(page).boundingBox();
    const dock = await page.getByRole('region', { name: 'Timeline' }).boundingBox();
    expect(sheet!.width).toBeGreaterThan(380);
    expect(sheet!.y + sheet!.height).toBeLessThanOrEqual(dock!.y + 1);
    const slider = page.getByRole('slider', { name: 'Date' });
    await expect(slider).toBeInViewport();
    const box = (await slider.boundingBox())!;
    await page.touchscreen.tap(box.x + box.width * 0.9, box.y + box.height / 2);
    await expect(dateText(page)).not.toHaveValue('21 May 1923');
    await expect(panelHeading(page)).toHaveText('Gensan');
  });

  test('touch targets are at least 44 pixels', async ({ page }) => {
    await openAtlas(page, '#date=1923-05-21&place=gensan');
    for (const name of ['Play', 'Previous event', 'Next event', 'Close panel']) {
      const box = (await page.getByRole('button', { name }).boundingBox())!;
      expect(box.height, name).toBeGreaterThanOrEqual(44);
      expect(box.width, name).toBeGreaterThanOrEqual(44);
    }
  });
});
