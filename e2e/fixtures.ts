// Shared e2e fixtures: every test page fails the test on a console error, an uncaught exception, a
// failed request or a request to another origin, so no test has to remember to check.
import { test as base, expect, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { QUIET_MS } from '../src/lib/url/writer.ts';

export interface PageProblems {
  errors: string[];
  foreignRequests: string[];
  failedRequests: string[];
}

export const test = base.extend<{ problems: PageProblems }>({
  problems: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
    const problems: PageProblems = { errors: [], foreignRequests: [], failedRequests: [] };
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.errors.push(`console: ${msg.text()}`);
    });
    page.on('pageerror', (err) => problems.errors.push(`pageerror: ${err.message}`));
    page.on('request', (req) => {
      const url = req.url();
      if (/^https?:/.test(url) && new URL(url).origin !== origin) problems.foreignRequests.push(url);
    });
    page.on('requestfailed', (req) => {
      const reason = req.failure()?.errorText ?? '';
      // Leaving a page (a test opening the next one) cancels what it was still loading: not a failure.
      if (reason !== 'net::ERR_ABORTED') problems.failedRequests.push(`${req.url()} ${reason}`);
    });
    page.on('response', (res) => {
      if (res.status() >= 400) problems.failedRequests.push(`${res.url()} HTTP ${res.status()}`);
    });
    await use(problems);
    expect(problems.errors, 'console errors and page errors').toEqual([]);
    expect(problems.foreignRequests, 'requests to another origin').toEqual([]);
    expect(problems.failedRequests, 'failed requests').toEqual([]);
  },
});

export { expect };

/**
 * Opens the atlas at a hash and waits until the map has drawn everything it has. `?debug` asks the
 * app for the hook the tests reach the map through (window.__atlas); a visitor's page has none.
 */
export async function openAtlas(page: Page, hash = ''): Promise<void> {
  await page.goto(`./?debug${hash}`);
  await waitForIdle(page);
}

/** Waits for the map to finish loading and rendering (the bridge's debugging hook). */
export async function waitForIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { __atlas?: { hasAtlas(): boolean } }).__atlas?.hasAtlas() === true);
  await page.evaluate(() => (window as unknown as { __atlas: { idle(): Promise<void> } }).__atlas.idle());
}

/**
 * Waits until the app is still: the map idle, and the date shown and the address bar unchanged over
 * a spell longer than the URL writer's quiet time. A story step slides its date for longer than its
 * flight may last, and the URL catches up only once the date stops; map idle alone says neither.
 */
export async function waitForStill(page: Page): Promise<void> {
  const look = () => page.evaluate(() => `${location.hash} ${document.querySelector<HTMLInputElement>('input[type="range"]')?.value}`);
  let before: string | null = null;
  for (;;) {
    await waitForIdle(page);
    const now = await look();
    if (now === before) return;
    before = now;
    await page.waitForTimeout(QUIET_MS + 200);
  }
}

/** Where a geographic point is drawn on the page, in CSS pixels. */
export async function project(page: Page, lon: number, lat: number): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([lon, lat]) => {
      const { map } = (window as unknown as { __atlas: { map: { project(p: [number, number]): { x: number; y: number }; getCanvas(): HTMLCanvasElement } } })
        .__atlas;
      const p = map.project([lon, lat]);
      const r = map.getCanvas().getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    },
    [lon, lat] as [number, number],
  );
}

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** Takes one screenshot and reads the colour at each point (CSS pixels). */
export async function pixels(page: Page, points: { x: number; y: number }[]): Promise<Rgb[]> {
  const png = PNG.sync.read(await page.screenshot());
  const scale = png.width / (page.viewportSize()?.width ?? png.width);
  return points.map(({ x, y }) => {
    const i = (Math.round(y * scale) * png.width + Math.round(x * scale)) * 4;
    return { r: png.data[i]!, g: png.data[i + 1]!, b: png.data[i + 2]! };
  });
}

export function colourDistance(a: Rgb, b: Rgb): number {
  return Math.abs(a.r - b.r) + Math.abs(a.g - b.g) + Math.abs(a.b - b.b);
}

/** Reads the map part of the current hash as numbers. */
export async function hashView(page: Page): Promise<{ zoom: number; lat: number; lon: number } | null> {
  const hash = await page.evaluate(() => location.hash);
  const m = /map=([^&]+)/.exec(hash);
  if (!m) return null;
  const [zoom, lat, lon] = m[1]!.split('/').map(Number);
  return { zoom: zoom!, lat: lat!, lon: lon! };
}

/**
 * Which of the given places are drawn outside the part of the map left visible: off the map, or
 * under the masthead, the story's card or sheet, or the panel.
 */
export async function hiddenPlaces(page: Page, ids: string[]): Promise<string[]> {
  return page.evaluate(async (ids) => {
    const atlas = (await (await fetch('data/atlas.json')).json()) as { places: { id: string; lon: number; lat: number }[] };
    const { map } = (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas;
    const canvas = map.getCanvas().getBoundingClientRect();
    const covers = ['.masthead', 'section.story', 'aside.panel']
      .map((s) => document.querySelector(s)?.getBoundingClientRect())
      .filter((r): r is DOMRect => !!r && r.width > 0);
    const inside = (r: { left: number; right: number; top: number; bottom: number }, x: number, y: number, m = 0) =>
      x >= r.left + m && x <= r.right - m && y >= r.top + m && y <= r.bottom - m;
    return ids.filter((id) => {
      const place = atlas.places.find((p) => p.id === id)!;
      // The map draws the world again east and west of it: a place shown in either copy is shown.
      return ![0, 360, -360].some((shift) => {
        const p = map.project([place.lon + shift, place.lat]);
        const [x, y] = [canvas.left + p.x, canvas.top + p.y];
        return inside(canvas, x, y, 4) && !covers.some((r) => inside(r, x, y));
      });
    });
  }, ids);
}

/** The search's results (the listbox under the search field), not any other option on the page (the player's speed). */
export function searchResults(page: Page) {
  return page.locator('#atlas-search-results').getByRole('option');
}
