// The atlas in English, Russian and Japanese: the language from a link, the browser or the switch;
// no message key and no English interface word in Russian or Japanese; `lang` on the page and on
// every name in another script; axe clean; the language kept through Back and Forward.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { latinWords } from '../tests/i18n/untranslated.ts';
import { expect, openAtlas, test } from './fixtures.ts';
import { LANGUAGE_CASES as CASES, untranslated } from './languages.ts';

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).exclude('canvas.maplibregl-canvas').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('a first visit in English loads no Russian or Japanese messages', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (req) => scripts.push(req.url()));
  await openAtlas(page, '#date=1923-05-21');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(scripts.filter((url) => /\/assets\/(ru|ja)-[\w-]+\.js$/.test(url))).toEqual([]);
});

for (const c of CASES) {
  test(`${c.lang}: the default view, a place panel and the story say nothing in English, and names carry their language`, async ({ page }) => {
    // Four page states, each read word by word and checked by axe: slow on a loaded machine.
    test.slow();
    await openAtlas(page, `#date=1923-05-21&lang=${c.lang}`);
    await expect(page.locator('html')).toHaveAttribute('lang', c.lang);
    await expect(page.locator('#typed-date')).toHaveValue(c.date);
    expect(await untranslated(page), 'the default view').toEqual({ keys: [], english: [] });

    await page.goto(`./?debug#date=1923-05-21&lang=${c.lang}&place=vladivostok`);
    await expect(page.getByRole('heading', { level: 2, name: c.heading })).toBeVisible();
    // A name in another script says which language it is in, so a screen reader reads it in that language.
    await expect(page.locator('.details .names').getByText(c.foreign.text, { exact: true })).toHaveAttribute('lang', c.foreign.lang);
    await expect(page.locator('.details .names').getByText('Vladivostok', { exact: true })).toHaveAttribute('lang', 'en');
    expect(await untranslated(page), 'a place panel').toEqual({ keys: [], english: [] });
    expect(await seriousViolations(page), 'axe, a place panel').toEqual([]);
    await page.getByRole('tab', { name: c.tab }).click();
    expect(await untranslated(page), 'the Layers tab').toEqual({ keys: [], english: [] });

    // The typed date's problems are said in the language too.
    await page.locator('#typed-date').fill('1923-02-30');
    await page.locator('#typed-date').press('Enter');
    await expect(page.locator('#typed-date-error')).toContainText('1923-02-30');
    expect(latinWords((await page.locator('#typed-date-error').textContent()) ?? '')).toEqual([]);

    await page.getByRole('button', { name: c.tell, exact: true }).first().click();
    await expect(page.getByRole('region', { name: c.story })).toBeVisible();
    expect(await untranslated(page), 'the story').toEqual({ keys: [], english: [] });
    expect(await seriousViolations(page), 'axe, the story').toEqual([]);
  });
}

test('a link with lang=ja opens in Japanese and keeps the language through Back and Forward', async ({ page }) => {
  await openAtlas(page, '#date=1923-05-21&lang=ja');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await page.goto('./?debug#date=1925-01-20&lang=ja&place=vladivostok');
  await expect(page.locator('#typed-date')).toHaveValue('1925年1月20日');
  await page.goBack();
  await expect(page.locator('#typed-date')).toHaveValue('1923年5月21日');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await page.goForward();
  await expect(page.locator('#typed-date')).toHaveValue('1925年1月20日');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByRole('heading', { level: 2, name: '浦塩' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => location.hash)).toContain('lang=ja');
});

test('the switch changes the language without a reload, keeps the view, and names the map in it', async ({ page }) => {
  test.slow();
  await openAtlas(page, '#map=5/45/135&date=1923-05-21&place=vladivostok');
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
  const featureText = (source: string, id: string, field: string) =>
    page.evaluate(
      ({ source, id, field }) => {
        const { map } = (window as unknown as { __atlas: { map: { querySourceFeatures(s: string): { properties: Record<string, unknown> }[] } } }).__atlas;
        return map.querySourceFeatures(source).find((f) => f.properties['id'] === id)?.properties[field];
      },
      { source, id, field },
    );
  const placeName = (id: string) => featureText('atlas-places', id, 'name');
  // A zone's label on the day: its one name of the time (Karafuto has one), in the reader's language.
  const zoneLabel = (id: string) => featureText('atlas-zone-labels', `${id}~0`, 'text');

  await page.getByTestId('language').selectOption('ru');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('heading', { level: 2, name: 'Владивосток' })).toBeVisible();
  await expect(page.locator('#typed-date')).toHaveValue('21 мая 1923 г.');
  await expect.poll(() => placeName('vladivostok')).toBe('Владивосток');
  await expect.poll(() => zoneLabel('karafuto')).toBe('Карафуто\n樺太');
  // [cartography]'s words: the masthead's line, the legend and its law/fact switch.
  await expect(page.getByTestId('reading')).toContainText('де-факто');
  await expect(page.getByTestId('legend').getByRole('button', { name: 'Де-юре' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#map=5/45.0000/135.0000&date=1923-05-21&place=vladivostok&lang=ru');
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);

  // Japanese names on the map: the Japanese font's glyphs are fetched for them, and only then.
  const jpFaces = () => page.evaluate(() => [...document.fonts].filter((f) => f.family.includes('Noto Sans JP') && f.status === 'loaded').length);
  await page.getByTestId('language').selectOption('ja');
  await expect.poll(() => placeName('vladivostok')).toBe('浦塩');
  // Said once: the Japanese name of the time is the holder's own.
  await expect.poll(() => zoneLabel('karafuto')).toBe('樺太');
  await expect(page.getByTestId('reading')).toContainText('事実上');
  expect(await jpFaces()).toBeGreaterThan(0);

  // As named at the time: Dairen 大連 in 1930, a choice kept in the URL.
  await page.getByRole('tab', { name: 'レイヤー' }).click();
  await page.getByLabel('当時の名称で').check();
  await page.locator('#typed-date').fill('1930-01-01');
  await page.locator('#typed-date').press('Enter');
  await expect.poll(() => placeName('dairen')).toBe('大連');
  // Toyohara was also written in Russian then: the name of the time in the reader's script, then the other.
  await expect.poll(() => placeName('toyohara')).toBe('豊原 Тоёхара');
  await expect.poll(() => page.evaluate(() => location.hash)).toContain('names=then');
});
