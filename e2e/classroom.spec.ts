// The classroom's tools on one view, as a teacher uses them: share it (link, embed code, QR code),
// cite it (read back with Citation.js), print it (one page with a sharp map); and the embed itself,
// inside a page from another origin.
import AxeBuilder from '@axe-core/playwright';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { Page } from '@playwright/test';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, openAtlas, test } from './fixtures.ts';

const VIEW = '#map=3.4/48.0000/135.0000&date=1918-08-02/1922-10-25';

async function seriousViolations(page: Page, include: string) {
  const results = await new AxeBuilder({ page }).include(include).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

test.describe('share, cite and print', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a span of the intervention is shared, cited and printed', async ({ page, baseURL, problems }) => {
    // Three tools on one page load, rather than three loads of the map.
    test.setTimeout(120_000);
    await openAtlas(page, VIEW);
    const dialog = page.getByRole('dialog');
    const permalink = `${baseURL}${VIEW}`;

    await test.step('share: the link, locked; the embed code; a QR code drawn in the page', async () => {
      await page.getByRole('button', { name: 'Share' }).click();
      await expect(dialog.getByRole('heading', { name: 'Share this view' })).toBeVisible();
      await expect(dialog.getByLabel('Link', { exact: true })).toHaveText(permalink);
      await dialog.getByRole('checkbox', { name: /Lock the span/ }).check();
      const locked = `${baseURL}?lock${VIEW}`;
      await expect(dialog.getByLabel('Link', { exact: true })).toHaveText(locked);
      await dialog.getByRole('button', { name: 'Copy Link' }).click();
      await expect(dialog.getByText('Link copied')).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(locked);
      await expect(dialog.getByLabel('Embed code')).toContainText(`<iframe src="${baseURL}?embed&lock${VIEW}"`);
      await expect(dialog.getByRole('img', { name: 'QR code of the link to this view' }).locator('path')).toHaveAttribute('d', /^M\d/);
      expect(await seriousViolations(page, 'dialog')).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(page.getByRole('button', { name: 'Share' })).toBeFocused();
    });

    await test.step('cite: BibTeX, RIS and CSL-JSON, read back by Citation.js', async () => {
      await page.getByRole('button', { name: 'Cite' }).click();
      const bibtex = (await dialog.getByLabel('BibTeX').textContent())!;
      const ris = (await dialog.getByLabel('RIS').textContent())!;
      const csl = JSON.parse((await dialog.getByLabel('CSL-JSON').textContent())!) as Record<string, unknown>[];
      for (const items of [new Cite(bibtex).data, new Cite(ris).data, new Cite(csl).data]) {
        expect(String(items[0]!['title']).trim()).toBe('The map from 2 August 1918 to 25 October 1922');
        expect(items[0]!['URL']).toBe(permalink);
        const titles = items.slice(1).map((i) => String(i['title']).trim());
        expect(titles[0]).toBe('Japanese Recognition of the USSR 1925');
        // The works the article's footnotes cite for the intervention.
        expect(titles).toContain("Japan's policies toward Russia");
      }
      expect(csl[0]!['accessed']).toMatchObject({ 'date-parts': [[expect.any(Number), expect.any(Number), expect.any(Number)]] });
      await dialog.getByRole('button', { name: 'Copy BibTeX' }).click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(bibtex);
      await expect(dialog.getByLabel('Citation (APA)')).toContainText('Lensen, G. A. (1970)');
      expect(await seriousViolations(page, 'dialog')).toEqual([]);
      await dialog.getByRole('button', { name: 'Close' }).click();
    });

    await test.step('print: one sheet with the span, a map at print resolution, the legend, the events, the sources, the permalink', async () => {
      await expect(page.locator('.print-sheet')).toBeAttached();
      await page.emulateMedia({ media: 'print' });
      const sheet = page.locator('.print-sheet');
      await expect(sheet).toBeVisible();
      await expect(page.locator('.masthead')).toBeHidden();
      await expect(sheet).toContainText('2 August 1918 – 25 October 1922');
      await expect(sheet).toContainText('Events in the span (10)');
      await expect(sheet).toContainText('Occupation (hatched)');
      await expect(sheet).toContainText('Gursel G. Ismailov, "Japanese Recognition of the USSR 1925"');
      await expect(sheet).toContainText('Works cited for what is shown: Hosoya 1974; Hasegawa 1997;');
      await expect(sheet).toContainText(permalink);
      const map = await page
        .getByTestId('print-map')
        .evaluate((c: HTMLCanvasElement) => ({ width: c.width, height: c.height, shown: c.getBoundingClientRect().width }));
      // Drawn at print resolution: about three times the pixels of its screen size.
      expect(map.width).toBeGreaterThanOrEqual(3000);
      expect(map.width).toBeGreaterThan(map.shown * 2.5);
      await page.screenshot({ path: test.info().outputPath('print.png') });
      await page.emulateMedia({ media: 'screen' });
      await expect(page.locator('.masthead')).toBeVisible();
    });

    // Citation.js and the QR code ran under the page's Content-Security-Policy: no violation, no request elsewhere.
    expect(problems.errors).toEqual([]);
  });
});

/** A course page, served from another origin (another port) by a server of its own: it embeds `src`. */
async function coursePage(src: string): Promise<{ url: string; close: () => Promise<void> }> {
  const html = `<!doctype html><title>Week 3</title><h1>Week 3: the intervention</h1><iframe src="${src}" width="900" height="600" title="Recognition Atlas"></iframe>`;
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

test('the embed, in an iframe on a page of another origin, shows the map and the slider and no masthead', async ({ page, baseURL }) => {
  const embed = `${baseURL}?embed&lock&debug#date=1918-08-02/1922-10-25&step=4`;
  const host = await coursePage(embed);
  try {
    const response = page.waitForResponse((r) => r.url().startsWith(`${baseURL}?embed`));
    await page.goto(host.url);
    expect(new URL(host.url).origin).not.toBe(new URL(baseURL!).origin);
    // The server says who may frame the atlas: anyone (vite.config.ts, FRAME_ANCESTORS).
    expect((await response).headers()['content-security-policy']).toContain('frame-ancestors *');

    const frame = page.frame({ url: (url) => url.href.startsWith(`${baseURL}?embed`) })!;
    await frame.waitForFunction(() => (window as unknown as { __atlas?: { hasAtlas(): boolean } }).__atlas?.hasAtlas() === true);
    const atlas = page.frameLocator('iframe');
    await frame.evaluate(() => (window as unknown as { __atlas: { idle(): Promise<void> } }).__atlas.idle());
    await expect(atlas.locator('canvas.maplibregl-canvas')).toBeVisible();
    // The map has drawn its first complete frame.
    await expect(atlas.getByText('Loading the atlas…')).toBeHidden();
    await expect(atlas.locator('.masthead')).toHaveCount(0);
    // A linked story step shows its map and its title; `lock` keeps it there.
    await expect(atlas.locator('.embed-bar .step')).not.toBeEmpty();
    const slider = atlas.getByRole('slider', { name: 'Date' });
    await expect(slider).toBeVisible();
    await expect(slider).toBeDisabled();
    await expect(atlas.getByRole('button', { name: 'Play' })).toBeHidden();
    const open = atlas.getByRole('link', { name: 'Open in the atlas' });
    await expect(open).toHaveAttribute('target', '_blank');
    await expect(open).toHaveAttribute('href', new RegExp(`^${baseURL!.replace(/[.?]/g, '\\$&')}#.*step=4`));
    await page.screenshot({ path: test.info().outputPath('embed.png') });
  } finally {
    await host.close();
  }
});
