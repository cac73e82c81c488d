// axe-core in a real browser: no serious or critical violations where people spend their time.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openAtlas, test } from './fixtures.ts';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    // The map canvas is a picture: its text is drawn by WebGL and read through the panel and summary instead.
    .exclude('canvas.maplibregl-canvas')
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('the default view', async ({ page }) => {
  await openAtlas(page);
  expect(await seriousViolations(page)).toEqual([]);
});

test('with a place panel open', async ({ page }) => {
  await openAtlas(page, '#date=1923-05-21&place=vladivostok');
  await expect(page.getByRole('heading', { level: 2, name: 'Vladivostok' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('tab', { name: 'Layers' }).click();
  expect(await seriousViolations(page)).toEqual([]);
});

test('in the story', async ({ page }) => {
  await openAtlas(page, '#step=8');
  await expect(page.getByRole('region', { name: 'Story' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  test('390×844 with the sheet open', async ({ page }) => {
    await openAtlas(page, '#date=1923-05-21&place=gensan');
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test('every control is reachable by Tab, with a visible focus ring', async ({ page }) => {
  await openAtlas(page, '#date=1923-05-21');
  const seen = new Set<string>();
  // The masthead's language switch and the legend on the map (its law/fact switch and entries) come before the dock.
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      return {
        name: el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName,
        outline: style.outlineStyle !== 'none' && style.outlineWidth !== '0px',
      };
    });
    if (!focused) continue;
    seen.add(focused.name);
    expect(focused.outline, `focus ring on ${focused.name}`).toBe(true);
  }
  for (const name of ['Search the atlas', 'Tell the story', 'Events', 'Layers', 'Sources', 'Zoom in', 'Play', 'Next event', 'Date']) {
    expect(
      [...seen].some((s) => s.includes(name)),
      name,
    ).toBe(true);
  }
});
