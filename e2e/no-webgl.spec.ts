// A browser that cannot draw the map gets the atlas as text, and the timeline still works.
import { launchOptions } from './browser.ts';
import { expect, test } from './fixtures.ts';

test.use({ launchOptions: launchOptions(['--disable-webgl', '--disable-3d-apis']) });

test('without WebGL: a clear message and a text atlas; the slider still works', async ({ page }) => {
  await page.goto('./#date=1921-06-01');
  await expect(page.getByRole('alert')).toContainText('This browser cannot draw the map');
  await expect(page.getByTestId('text-zones')).toContainText('Japanese occupation of North Sakhalin');
  // The latest event by 1 June 1921: the White coup of 26 May in Vladivostok, after the republic's creation in 1920.
  await expect(page.getByTestId('text-current')).toContainText('White coup in Vladivostok');
  await expect(page.getByTestId('text-zones')).toContainText('White Priamur government (Vladivostok)');
  await expect(page.getByTestId('text-places')).toContainText('Nikolaevsk-on-Amur: Site of the Nikolaevsk incident');
  await page.getByRole('textbox', { name: /Go to date/ }).fill('1924-06-01');
  await page.getByRole('textbox', { name: /Go to date/ }).press('Enter');
  await expect(page.getByRole('heading', { name: 'The atlas on 1 June 1924' })).toBeVisible();
  await expect(page.getByTestId('text-zones')).not.toContainText('Japanese intervention');
  await expect(page.getByTestId('text-places')).toContainText('Nikolaevsk-on-Amur: Proposed seat of a Japanese commercial agent');
  // The October Revolution took place in Petrograd (St Petersburg), not in Moscow.
  await page.getByRole('textbox', { name: /Go to date/ }).fill('1917-11-07');
  await page.getByRole('textbox', { name: /Go to date/ }).press('Enter');
  await expect(page.getByTestId('text-current')).toContainText('October Revolution');
  await expect(page.getByTestId('text-places')).toContainText('St Petersburg: Where the October Revolution took place');
  await expect(
    page
      .getByTestId('text-places')
      .getByRole('listitem')
      .filter({ hasText: /^Moscow:/ }),
  ).not.toContainText('October Revolution');
  await page.getByRole('slider', { name: 'Date' }).focus();
  await page.keyboard.press('Home');
  await expect(page.getByRole('heading', { name: 'The atlas on 1 January 1917' })).toBeVisible();
});
