// A span of time: two thumbs, what was in force at any time in it drawn, its events listed and
// marked, its words spoken, and the span kept in the URL as an EDTF interval.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { colourDistance, expect, openAtlas, pixels, project, test, waitForIdle } from './fixtures.ts';

const INTERVENTION = '#map=3.4/48/135&date=1918-08-02/1922-10-25';
const dateText = (page: Page) => page.locator('.dock .date');
const summary = (page: Page) => page.getByTestId('summary');
const start = (page: Page) => page.getByRole('slider', { name: 'Start of the span' });
const end = (page: Page) => page.getByRole('slider', { name: 'End of the span' });

/** The events that happened at some time from 2 August 1918 to 25 October 1922, in date order. */
const INTERVENTION_EVENTS = [
  'Karakhan at the Foreign Commissariat',
  'Japanese intervention in Siberia',
  'Japanese troops sent to North Sakhalin',
  'Nikolaevsk incident',
  'Far Eastern Republic created',
  'The Far Eastern Republic takes Chita',
  'The Amur region and Primorye join the republic',
  'White coup in Vladivostok',
  'Changchun conference',
  'Japanese troops leave the Soviet Far East',
];

test('the span 1918-08-02/1922-10-25 draws the intervention zones, lists its events, and survives a reload', async ({ page }) => {
  // Two page loads and an axe run on software WebGL: over a minute when the machine is shared.
  test.setTimeout(120_000);
  await openAtlas(page, INTERVENTION);
  await expect(dateText(page)).toHaveText('2 August 1918 – 25 October 1922');
  await expect(start(page)).toHaveAttribute('aria-valuetext', '2 August 1918');
  await expect(end(page)).toHaveAttribute('aria-valuetext', '25 October 1922');
  await expect(page.getByRole('button', { name: 'Span' })).toHaveAttribute('aria-pressed', 'true');
  // The spoken summary says what the span holds: the zones with their share of it, and its events.
  await expect(summary(page)).toContainText('From 2 August 1918 to 25 October 1922.');
  for (const zone of ['Primorye', 'Amur', 'Transbaikal', 'lower Amur']) await expect(summary(page)).toContainText(`Japanese intervention: ${zone} (`);
  await expect(summary(page)).toContainText('10 events: Karakhan at the Foreign Commissariat');

  // Listed: the chronology marks exactly the span's events.
  await page.getByRole('button', { name: 'List them' }).click();
  await expect(page.locator('.event.in-span .title')).toHaveText(INTERVENTION_EVENTS);
  await expect(page.locator('.dock .tick.in-span').first()).toBeVisible();
  // Behind the track, the density of events and of changes of zones.
  expect(await page.locator('.dock .density rect.events').count()).toBeGreaterThan(10);
  expect(await page.locator('.dock .density rect.changes').count()).toBeGreaterThan(3);
  expect(
    // The span's controls and its listed events (the whole page is accessibility.spec.ts's).
    await new AxeBuilder({ page })
      .include('.dock')
      .include('aside.panel')
      .analyze()
      .then((r) => r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)),
  ).toEqual([]);

  await page.reload();
  await waitForIdle(page);
  await expect(dateText(page)).toHaveText('2 August 1918 – 25 October 1922');
  await expect(page).toHaveURL(/date=1918-08-02\/1922-10-25/);
  // The Amur intervention (from September 1918) is drawn over the span; on its first day alone it is not.
  const amur = await project(page, 128.5, 53);
  const [inSpan] = await pixels(page, [amur]);
  await page.getByRole('button', { name: 'Span' }).click();
  await expect(page.getByRole('slider', { name: 'Date' })).toHaveAttribute('aria-valuetext', '2 August 1918');
  await expect(page).toHaveURL(/date=1918-08-02(&|$)/);
  await waitForIdle(page);
  const [onFirstDay] = await pixels(page, [amur]);
  expect(colourDistance(inSpan!, onFirstDay!)).toBeGreaterThan(30);

  // The switch makes a span of a tenth of the track; each thumb is a slider of its own and stops a day short of the other.
  await page.getByRole('button', { name: 'Span' }).click();
  await expect(page).toHaveURL(/date=1918-08-02\/1919-08-02/);
  await end(page).focus();
  await page.keyboard.press('Home');
  await expect(end(page)).toHaveAttribute('aria-valuetext', '3 August 1918');
  await page.keyboard.press('End');
  await expect(end(page)).toHaveAttribute('aria-valuetext', '31 December 1926');
  await start(page).focus();
  await page.keyboard.press('End');
  await expect(start(page)).toHaveAttribute('aria-valuetext', '30 December 1926');
  await page.keyboard.press('PageDown');
  await expect(dateText(page)).toHaveText('30 December 1925 – 31 December 1926');
  await expect(summary(page)).toContainText('From 30 December 1925 to 31 December 1926.');
});
