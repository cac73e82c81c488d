import type { Page } from '@playwright/test';
import { dayFromParts } from '../src/lib/time/days.ts';
import { colourDistance, expect, openAtlas, pixels, project, test, waitForIdle } from './fixtures.ts';

/** The dock's date: a field that shows the date in view and takes a typed one. */
const dateText = (page: Page) => page.getByRole('textbox', { name: /Go to date/ });
const slider = (page: Page) => page.getByRole('slider', { name: 'Date' });
const summary = (page: Page) => page.getByTestId('summary');

async function typeDate(page: Page, value: string) {
  const field = page.getByRole('textbox', { name: /Go to date/ });
  await field.fill(value);
  await field.press('Enter');
}

test('typing 1921-06-01 draws the North Sakhalin occupation, gone by 1926', async ({ page }) => {
  await openAtlas(page, '#map=5.5/52.3/142.5');
  await typeDate(page, '1921-06-01');
  await expect(dateText(page)).toHaveValue('1 June 1921');
  await expect(summary(page)).toContainText('Japanese occupation of North Sakhalin');
  await waitForIdle(page);
  const inside = await project(page, 143.0, 52.3);
  const [occupied] = await pixels(page, [inside]);

  await typeDate(page, '1926-06-01');
  await expect(summary(page)).toContainText('In force on 1 June 1926');
  await expect(summary(page)).not.toContainText('Japanese occupation of North Sakhalin');
  await waitForIdle(page);
  const [evacuated] = await pixels(page, [inside]);
  expect(colourDistance(occupied!, evacuated!)).toBeGreaterThan(30);
});

test('Korea under Japan (Chōsen, its name of the time) is in force in 1910 and not before the protectorate', async ({ page }) => {
  await openAtlas(page, '#date=1910-09-01');
  await expect(summary(page)).toContainText('In force on 1 September 1910');
  await expect(summary(page)).toContainText('Chōsen');
  await typeDate(page, '1905-01-01');
  await expect(summary(page)).toContainText('In force on 1 January 1905');
  await expect(summary(page)).not.toContainText('Chōsen');
  await expect(summary(page)).not.toContainText('Korea under Japan');
});

test('a disputed start is in force as uncertain', async ({ page }) => {
  await openAtlas(page, '#date=1920-05-01');
  await expect(summary(page)).toContainText('Japanese occupation of North Sakhalin (possibly: dates uncertain)');
});

test('a link with date= restores it, and the slider speaks the date', async ({ page }) => {
  await openAtlas(page, '#date=1923-05-21');
  await expect(dateText(page)).toHaveValue('21 May 1923');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '21 May 1923');
  await expect(page.locator('.dock .current')).toContainText('Fishery agreement at Vladivostok');
  await expect(page).toHaveURL(/date=1923-05-21/);
});

// A range input clamps a value to the min and max it has when the value is set: the thumb must not
// stay at 1917 or 1926 when the track then widens to the whole period.
// Narrowing the track again brings the date to the nearer end of 1917–1926.
const OUTSIDE_CORE = [
  { year: 1946, label: '1 June 1946', clamped: { label: '31 December 1926', day: dayFromParts(1926, 12, 31) } },
  { year: 1910, label: '1 June 1910', clamped: { label: '1 January 1917', day: dayFromParts(1917, 1, 1) } },
] as const;
for (const { year, label, clamped } of OUTSIDE_CORE) {
  test(`a link to ${year}, outside 1917–1926, opens the whole period with the thumb on ${year}`, async ({ page }) => {
    await openAtlas(page, `#date=${year}-06-01`);
    await expect(dateText(page)).toHaveValue(label);
    await expect(page.getByRole('button', { name: '1855–1956' })).toHaveAttribute('aria-pressed', 'true');
    await expect(slider(page)).toHaveValue(String(dayFromParts(year, 6, 1)));

    await page.getByRole('button', { name: '1917–1926' }).click();
    await expect(page.getByRole('button', { name: '1917–1926' })).toHaveAttribute('aria-pressed', 'true');
    await expect(dateText(page)).toHaveValue(clamped.label);
    await expect(slider(page)).toHaveValue(String(clamped.day));
  });
}

test('a bad date in the link falls back to the opening date', async ({ page }) => {
  await openAtlas(page, '#date=1923-02-30');
  await expect(dateText(page)).toHaveValue('1 February 1923');
  await expect(page).toHaveURL(/date=1923-02-01/);
});

test('the keyboard moves the slider by day, year and to the ends', async ({ page }) => {
  await openAtlas(page, '#date=1923-05-21');
  await slider(page).focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '22 May 1923');
  await page.keyboard.press('PageUp');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '22 May 1924');
  await page.keyboard.press('Home');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '1 January 1917');
  await page.keyboard.press('End');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '31 December 1926');
});

test('End reaches 1956 in the whole period, where arrows step by a month', async ({ page }) => {
  await openAtlas(page, '#date=1923-05-21');
  await page.getByRole('button', { name: '1855–1956' }).click();
  await slider(page).focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '21 June 1923');
  await page.keyboard.press('End');
  await expect(dateText(page)).toHaveValue('31 December 1956');
  await expect(summary(page)).toContainText('In force on 31 December 1956');
});

test('play advances the date and pause stops it', async ({ page }) => {
  await openAtlas(page, '#date=1921-01-01');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(dateText(page)).not.toHaveValue('1 January 1921');
  await page.getByRole('button', { name: 'Pause' }).click();
  const paused = await dateText(page).inputValue();
  await waitForIdle(page);
  await waitForIdle(page);
  await expect(dateText(page)).toHaveValue(paused!);
  // Space plays too, anywhere but in a text field.
  await page.locator('.dock .current').click();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
});

test('a bad typed date shows a message and keeps the date; leaving the field shows the date in view again', async ({ page }) => {
  await openAtlas(page, '#date=1923-05-21');
  await typeDate(page, '1923-02-30');
  await expect(page.locator('#typed-date-error')).toHaveText('No such day: 1923-02-30');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '21 May 1923');
  await typeDate(page, '1800');
  await expect(page.locator('#typed-date-error')).toContainText('1855 to 1956');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '21 May 1923');
  // What was typed and not taken does not stay: the field goes back to the date in view.
  await slider(page).focus();
  await expect(dateText(page)).toHaveValue('21 May 1923');
  await expect(page.locator('#typed-date-error')).toBeHidden();
  await typeDate(page, '1925-01');
  await expect(page.locator('#typed-date-error')).toBeHidden();
  await expect(dateText(page)).toHaveValue('1 January 1925');
  // The field reads back the date as it shows it.
  await typeDate(page, '20 January 1925');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '20 January 1925');
});

test('previous and next event, by button and by key', async ({ page }) => {
  await openAtlas(page, '#date=1923-05-21');
  await page.getByRole('button', { name: 'Next event' }).click();
  await expect(dateText(page)).toHaveValue('9 June 1923');
  await page.keyboard.press(']');
  await expect(dateText(page)).toHaveValue('16 June 1923');
  await page.keyboard.press('[');
  await page.keyboard.press('[');
  await expect(dateText(page)).toHaveValue('21 May 1923');
  await page.getByRole('button', { name: 'Previous event' }).click();
  await expect(page.locator('.dock .current')).not.toContainText('Fishery agreement');
});

test('clicking a tick goes to its event; crowded ticks merge into a density mark', async ({ page }) => {
  await openAtlas(page, '#date=1919-01-01');
  await page.getByRole('button', { name: /^Changchun conference, 4–26 September 1922$/ }).click();
  await expect(dateText(page)).toHaveValue('4 September 1922');
  await expect(page.locator('.dock .current')).toContainText('Changchun conference');
  // The resumed talks (27 December 1924), Karakhan's counter-proposals (9 January 1925) and the
  // signing (20 January) are too close to tell apart on a 1,280-pixel track of ten years: one
  // mark, which goes to the first.
  await page.getByRole('button', { name: /^3 events from 27 December 1924$/ }).click();
  await expect(dateText(page)).toHaveValue('27 December 1924');
});
