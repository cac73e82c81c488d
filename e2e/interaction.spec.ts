// What a person does on a phone and a desktop, as issue 19 found it wanting: a tap opens the place
// tapped, the map stays visible around the panels and the story's sheet, Back and Forward undo and
// redo one move at a time, search finds everything the atlas holds, and no control is there twice.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { AtlasDebugHook } from '../src/lib/map/debug-hook.ts';
import { expect, hashView, hiddenPlaces, openAtlas, project, searchResults, test, waitForIdle, waitForStill } from './fixtures.ts';

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

const panel = (page: Page) => page.getByRole('complementary', { name: 'Atlas panel' });
const panelHeading = (page: Page) => panel(page).getByRole('heading', { level: 2 });
const card = (page: Page) => page.getByRole('region', { name: 'Story' });
const slider = (page: Page) => page.getByRole('slider', { name: 'Date' });
const search = (page: Page) => page.getByRole('combobox', { name: 'Search the atlas' });

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).exclude('canvas.maplibregl-canvas').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** The named controls of the page's accessibility tree, each as `role "name"`, in order. */
async function controls(page: Page): Promise<string[]> {
  const tree = await page.locator('body').ariaSnapshot();
  return [...tree.matchAll(/- (button|link|textbox|combobox|slider|checkbox|tab|searchbox|menuitem) "([^"]+)"/g)].map((m) => `${m[1]} "${m[2]}"`);
}

async function storySteps(page: Page) {
  return page.evaluate(async () => ((await (await fetch('data/atlas.json')).json()) as { story: { title: string; places: string[] }[] }).story);
}

for (const [device, options] of [
  ['1280×800', {}],
  ['390×844', PHONE],
] as const) {
  test.describe(`at ${device}`, () => {
    test.use({ ...options, reducedMotion: 'reduce' });

    test("every story step frames its places in the part of the map the story's card leaves visible", async ({ page }) => {
      // Twenty steps, each waiting for its camera: longer than one page's default on a busy machine.
      test.setTimeout(150_000);
      await openAtlas(page, '#step=1');
      const steps = await storySteps(page);
      for (const [i, step] of steps.entries()) {
        if (i > 0) await card(page).getByRole('button', { name: 'Next' }).click();
        await expect(card(page)).toContainText(`Step ${i + 1} of ${steps.length}`);
        // The card settles (a new caption's height), then the camera frames the step beside it.
        await expect.poll(() => hiddenPlaces(page, step.places), { message: `step ${i + 1}: ${step.title}` }).toEqual([]);
      }
      // On a phone the card is a compact sheet: its buttons in view, at most about 40% of the screen.
      const box = (await card(page).boundingBox())!;
      if (device === '390×844') expect(box.height).toBeLessThanOrEqual(0.41 * 844);
      await expect(card(page).getByRole('button', { name: 'Previous' })).toBeInViewport({ ratio: 1 });
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('no control is in the accessibility tree twice, at the default view and with the panel open', async ({ page }) => {
      await openAtlas(page);
      const once = (list: string[]) => list.filter((c, i) => list.indexOf(c) !== i);
      expect(once(await controls(page))).toEqual([]);
      // One way into the story: in the masthead (on a phone, in its menu).
      if (device === '390×844') await page.getByRole('button', { name: 'Menu' }).click();
      expect((await controls(page)).filter((c) => /story/i.test(c))).toEqual(['button "Tell the story"']);
      await page.getByRole('button', { name: 'Layers', exact: true }).click();
      await expect(panel(page)).toBeVisible();
      // The panel's tabs, and no second row of the same in the masthead.
      expect(once(await controls(page))).toEqual([]);
      expect((await controls(page)).filter((c) => /^(button|tab) "(Events|Layers|Sources)"$/.test(c))).toEqual([
        'tab "Events"',
        'tab "Layers"',
        'tab "Sources"',
      ]);
    });
  });
}

test.describe('on a phone', () => {
  test.use(PHONE);

  test('a tap on Nikolaevsk on 1 June 1920 opens Nikolaevsk; a tap on Nagasaki keeps it above the sheet', async ({ page }) => {
    await openAtlas(page, '#date=1920-06-01');
    const nikolaevsk = await project(page, 140.72, 53.15);
    await page.touchscreen.tap(nikolaevsk.x, nikolaevsk.y);
    await expect(panelHeading(page)).toHaveText('Nikolaevsk-on-Amur');
    await page.getByRole('button', { name: 'Close panel' }).click();
    await expect(panel(page)).toHaveCount(0);
    // Low on the map: the sheet that opens would cover it, so the map brings it above the sheet.
    const nagasaki = await project(page, 129.87, 32.75);
    await page.touchscreen.tap(nagasaki.x, nagasaki.y);
    await expect(panelHeading(page)).toHaveText('Nagasaki');
    await expect.poll(() => hiddenPlaces(page, ['nagasaki'])).toEqual([]);
  });

  test('the masthead is one bar at 320 pixels: a search button and a menu, each opening below it', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await openAtlas(page);
    const bar = (await page.locator('.masthead').boundingBox())!;
    expect(bar.height).toBeLessThan(60);
    expect(bar.x + bar.width).toBeLessThanOrEqual(320);
    await expect(search(page)).toBeHidden();
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(search(page)).toBeFocused();
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('button', { name: 'Menu' }).click();
    await expect(page.getByRole('button', { name: 'Sources' })).toBeInViewport();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Sources' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Menu' })).toBeFocused();
  });
});

test('search finds each of the names in any script, and moves the date when what it found did not exist', async ({ page }) => {
  // Eight searches: jumps rather than flights, and time for them on a busy machine.
  test.setTimeout(120_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openAtlas(page, '#date=1923-02-01');
  const moved = page.getByRole('status').filter({ hasText: 'Date moved to' });
  const date = () => slider(page).getAttribute('aria-valuetext');
  // Query, what the first result is called, what choosing it opens, and the date it moves to (null: none).
  for (const [query, name, opens, movesTo] of [
    ['Manchukuo', 'Manchukuo', /zone=manchukuo/, '29 February 1932'],
    ['満洲国', 'Manchukuo', /zone=manchukuo/, null],
    ['Маньчжоу-го', 'Manchukuo', /zone=manchukuo/, null],
    ['Kurils', 'Northern and central Kurils', /zone=kurils-north/, null],
    ['千島', 'The Kurils under Soviet rule', /zone=soviet-kurils/, '1 September 1945'],
    ['Курилы', 'Northern and central Kurils', /zone=kurils-north/, null],
    // The incident ran from March to June 1920: the date goes to its nearer end.
    ['Nikolaevsk incident', 'Nikolaevsk incident', 'events', '3 June 1920'],
    ['尼港事件', 'Nikolaevsk incident', 'events', null],
  ] as const) {
    const before = await date();
    await search(page).fill(query);
    await expect(searchResults(page).first(), query).toContainText(name);
    await search(page).press('Enter');
    if (opens === 'events') await expect(panel(page).getByRole('tab', { name: 'Events' }), query).toHaveAttribute('aria-selected', 'true');
    else await expect(page, query).toHaveURL(opens);
    await expect(moved, query).toHaveCount(movesTo ? 1 : 0);
    await expect.poll(date, { message: query }).toBe(movesTo ?? before);
  }
  expect(await seriousViolations(page)).toEqual([]);
});

test('the tooltip stays on screen at the right edge', async ({ page }) => {
  // Petropavlovsk, far east on the map: its name would run off the right edge beside the pointer.
  await openAtlas(page, '#map=5/53/146&date=1923-05-21');
  const at = await project(page, 158.65, 53.02);
  await page.mouse.move(at.x, at.y);
  const tip = page.getByRole('tooltip');
  await expect(tip).toHaveText(/Petropavlovsk/);
  const box = (await tip.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(1280);
  expect(box.x).toBeGreaterThanOrEqual(0);
});

/** Everything a history entry must bring back. */
async function state(page: Page) {
  return {
    hash: await page.evaluate(() => location.hash),
    date: await slider(page).getAttribute('aria-valuetext'),
    panel: (await panel(page).count()) ? await panelHeading(page).textContent() : null,
    story: (await card(page).count()) ? await card(page).locator('.progress').textContent() : null,
  };
}

/** The state once the map is still and the URL has caught up with it. */
async function settled(page: Page) {
  await waitForStill(page);
  return state(page);
}

test('Back and Forward through ten moves restore each state; Back from the first entry leaves', async ({ page }) => {
  test.setTimeout(150_000);
  await page.goto('about:blank');
  await openAtlas(page, '#date=1923-02-01');
  const entries = [await settled(page)];

  // 1. A typed date.
  await page.getByRole('textbox', { name: /Go to date/ }).fill('1920-06-01');
  await page.keyboard.press('Enter');
  entries.push(await settled(page));
  // 2. A place opened on the map.
  const at = await project(page, 140.72, 53.15);
  await page.mouse.click(at.x, at.y);
  await expect(panelHeading(page)).toHaveText('Nikolaevsk-on-Amur');
  entries.push(await settled(page));
  // 3. The next event.
  await page.getByRole('button', { name: 'Next event' }).click();
  entries.push(await settled(page));
  // 4. The place closed.
  await page.getByRole('button', { name: 'Close panel' }).click();
  await expect(panel(page)).toHaveCount(0);
  entries.push(await settled(page));
  // 5. A search result; then 6. a pan and 7. a scrub, which change that entry rather than add one.
  await search(page).fill('Korea under');
  await search(page).press('Enter');
  await expect(panelHeading(page)).toHaveText('Korea under Japan');
  await waitForIdle(page);
  const canvas = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
  await page.mouse.move(canvas.x + 300, canvas.y + 300);
  await page.mouse.down();
  await page.mouse.move(canvas.x + 380, canvas.y + 340, { steps: 6 });
  await page.mouse.up();
  await slider(page).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  entries.push(await settled(page));
  // 8. A search result that did not exist on the day shown: the date moves, and says so.
  await search(page).fill('満洲国');
  await search(page).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Date moved to' })).toContainText('Manchukuo did not exist on');
  entries.push(await settled(page));
  // 9. The story, and 10. its next step.
  await page.getByRole('button', { name: 'Tell the story' }).click();
  await expect(card(page)).toContainText('Step 1 of');
  entries.push(await settled(page));
  await card(page).getByRole('button', { name: 'Next' }).click();
  await expect(card(page)).toContainText('Step 2 of');
  entries.push(await settled(page));

  expect(new Set(entries.map((e) => e.hash)).size, 'each discrete move has its own state').toBe(entries.length);
  expect(await page.evaluate(() => history.length)).toBe(entries.length + 1);

  const expectEntry = async (i: number) => {
    const e = entries[i]!;
    await expect.poll(() => page.evaluate(() => location.hash), { message: `entry ${i}` }).toBe(e.hash);
    expect(await settled(page), `entry ${i}`).toEqual(e);
    // The view itself, not only the URL.
    const view = await page.evaluate(() => {
      const { map } = (window as unknown as { __atlas: AtlasDebugHook }).__atlas;
      return { zoom: map.getZoom(), lat: map.getCenter().lat, lon: map.getCenter().lng };
    });
    const wanted = (await hashView(page))!;
    expect(view.zoom, `entry ${i}`).toBeCloseTo(wanted.zoom, 1);
    expect(view.lat, `entry ${i}`).toBeCloseTo(wanted.lat, 2);
    expect(view.lon, `entry ${i}`).toBeCloseTo(wanted.lon, 2);
  };
  for (let i = entries.length - 2; i >= 0; i--) {
    await page.goBack();
    await expectEntry(i);
  }
  for (let i = 1; i < entries.length; i++) {
    await page.goForward();
    await expectEntry(i);
  }
  expect(await seriousViolations(page)).toEqual([]);
  // Back from the first entry leaves the atlas, as it should.
  for (let i = entries.length - 1; i > 0; i--) await page.goBack();
  await expectEntry(0);
  await page.goBack();
  await expect(page).toHaveURL('about:blank');
});
