// The built atlas against the article and against Natural Earth: key facts, derived shapes.
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { land10m } from '../../scripts/data/land.ts';
import { dayFromParts, isoFromDay } from '../../src/lib/time/days.ts';
import type { Zone } from '../../src/lib/data/atlas.ts';
import { labelPoint } from '../../src/lib/data/label-point.ts';
import { builtAtlas } from '../helpers/atlas.ts';

const atlas = builtAtlas();
const zone = (id: string) => atlas.zones.find((z) => z.id === id)!;
const event = (id: string) => atlas.events.find((e) => e.id === id)!;
const place = (id: string) => atlas.places.find((p) => p.id === id)!;
const feature = (z: Zone): Feature<Polygon | MultiPolygon> => turf.feature(z.geometry);

function allCoordinates(z: Zone): [number, number][] {
  return turf.coordAll(feature(z)) as [number, number][];
}

/** Natural Earth's Sakhalin, computed here independently of the build: the land polygon around a point on the island. */
function naturalEarthSakhalin(): Feature<Polygon> {
  const island = land10m([140, 45, 146, 55])
    .flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates))
    .map((rings) => turf.polygon(rings))
    .find((p) => turf.booleanPointInPolygon(turf.point([142.7, 50.5]), p));
  if (!island) throw new Error('no Sakhalin in Natural Earth');
  return island;
}

describe('zones derived from Natural Earth', () => {
  it('North Sakhalin lies north of 50°N, with the area of Natural Earth Sakhalin north of 50°N (within 5%)', () => {
    const north = zone('north-sakhalin-occupation');
    expect(Math.min(...allCoordinates(north).map(([, lat]) => lat))).toBeGreaterThanOrEqual(50);
    const reference = turf.bboxClip(naturalEarthSakhalin(), [140, 50, 146, 55]);
    const expected = turf.area(reference);
    expect(Math.abs(turf.area(feature(north)) - expected) / expected).toBeLessThan(0.05);
  });

  it('Karafuto lies south of 50°N and meets North Sakhalin along the parallel', () => {
    const south = allCoordinates(zone('karafuto'));
    expect(Math.max(...south.map(([, lat]) => lat))).toBeLessThanOrEqual(50);
    const edge = (coords: [number, number][]) => coords.filter(([, lat]) => lat === 50).map(([lon]) => lon);
    const northEdge = edge(allCoordinates(zone('north-sakhalin-occupation')));
    const southEdge = edge(south);
    // The same stretch of the parallel, coast to coast, from both sides.
    expect(Math.min(...northEdge)).toBeCloseTo(Math.min(...southEdge), 3);
    expect(Math.max(...northEdge)).toBeCloseTo(Math.max(...southEdge), 3);
    expect(Math.max(...northEdge) - Math.min(...northEdge)).toBeGreaterThan(1);
  });

  it('every zone lies within land (sampled points inside each zone are on Natural Earth land)', () => {
    let seed = 1923;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (const z of atlas.zones) {
      const f = feature(z);
      const [w, s, e, n] = turf.bbox(f);
      const land = land10m([w - 1, s - 1, e + 1, n + 1]).flatMap((l) =>
        (l.geometry.type === 'Polygon' ? [l.geometry.coordinates] : l.geometry.coordinates).map((rings) => turf.polygon(rings)),
      );
      let inside = 0;
      for (let tries = 0; inside < 40 && tries < 4000; tries++) {
        const p = turf.point([w + random() * (e - w), s + random() * (n - s)]);
        if (!turf.booleanPointInPolygon(p, f)) continue;
        inside++;
        expect(land.some((l) => turf.booleanPointInPolygon(p, l)), `${z.id} at ${p.geometry.coordinates}`).toBe(true);
      }
      expect(inside, z.id).toBe(40);
    }
  }, 60_000);

  it('zone outer rings are counter-clockwise (RFC 7946)', () => {
    for (const z of atlas.zones) {
      const polygons = z.geometry.type === 'Polygon' ? [z.geometry.coordinates] : z.geometry.coordinates;
      for (const [outer] of polygons) expect(turf.booleanClockwise(outer!), z.id).toBe(false);
    }
  });

  it('every zone carries the point its name goes at, inside it, clear of the places, as label-point.ts places it', () => {
    const places = atlas.places.map((p): [number, number] => [p.lon, p.lat]);
    for (const z of atlas.zones) {
      const expected = labelPoint(z.geometry, places);
      expect(z.label, z.id).not.toBeNull();
      expect(turf.booleanPointInPolygon([z.label!.lon, z.label!.lat], z.geometry), z.id).toBe(true);
      expect(z.label!.lon, z.id).toBeCloseTo(expected!.lon, 3);
      expect(z.label!.lat, z.id).toBeCloseTo(expected!.lat, 3);
      expect(z.label!.room, z.id).toBeCloseTo(expected!.room, 3);
    }
    // Manchukuo's name is no longer written over Harbin, at the middle of Manchuria.
    const harbin = atlas.places.find((p) => p.id === 'harbin')!;
    const manchukuo = zone('manchukuo').label!;
    expect(Math.hypot(manchukuo.lon - harbin.lon, manchukuo.lat - harbin.lat)).toBeGreaterThan(1.5);
  });

  it('Korea is the peninsula, about 220,000 km²', () => {
    expect(zone('korea').areaKm2).toBeGreaterThan(210_000);
    expect(zone('korea').areaKm2).toBeLessThan(230_000);
  });
});

describe('facts from the article', () => {
  const on = (y: number, m: number, d: number) => dayFromParts(y, m, d);
  it.each([
    ['treaty-of-shimoda', '1855-02-07', 'shimoda'],
    ['treaty-of-portsmouth', '1905-09-05', 'portsmouth'],
    ['ioffe-reaches-nagasaki', '1923-01-29', 'nagasaki'],
    ['goto-ioffe-first-talk', '1923-02-01', 'tokyo'],
    ['ioffe-to-atami', '1923-02-02', 'atami'],
    ['fishery-agreement', '1923-05-21', 'vladivostok'],
    ['kato-proposes-official-talks', '1923-06-09', 'tokyo'],
    ['kawakami-ioffe-talks', '1923-06-28', 'tokyo'],
    ['kanto-earthquake', '1923-09-01', 'tokyo'],
    ['karakhan-calls-on-yoshizawa', '1923-09-22', 'peking'],
    ['japan-decides-to-recognize', '1924-03-19', 'peking'],
    ['formal-negotiations-begin', '1924-05-15', 'peking'],
    ['basic-convention-signed', '1925-01-20', 'peking'],
    ['north-sakhalin-evacuated', '1925-05-15', 'alexandrovsk'],
    ['league-registration', '1925-05-20', 'geneva'],
    ['joint-declaration', '1956-10-19', 'moscow'],
  ])('%s on %s at %s', (id, date, at) => {
    expect(isoFromDay(event(id).start)).toBe(date);
    expect(event(id).places).toContain(at);
    expect(event(id).citations.some((c) => c.source === 'ismailov')).toBe(true);
  });

  it('the Kawakami–Ioffe talks run to 24 July 1923 (the article), noting the other date', () => {
    const talks = event('kawakami-ioffe-talks');
    expect(talks.end).toBe(on(1923, 7, 25));
    expect(talks.notes.map((n) => n.text).join(' ')).toMatch(/31 July/);
  });

  it('the fishery agreement cites Lensen p. 113 through the article', () => {
    expect(event('fishery-agreement').citations).toContainEqual({ source: 'ismailov', paragraph: 22, footnote: 14, cites: 'lensen-1970', page: '113' });
  });

  it('North Sakhalin is occupied until 15 May 1925 and the disputed start is uncertain', () => {
    const z = zone('north-sakhalin-occupation');
    expect(z.certainEnd).toBe(on(1925, 5, 15));
    expect(z.possibleStart).toBe(on(1920, 4, 21));
    expect(z.certainStart).toBe(on(1920, 7, 3));
    expect(z.notes.length).toBeGreaterThan(0);
  });

  it('Korea: protectorate from 17 November 1905, annexed from 29 August 1910, to 15 August 1945', () => {
    const z = zone('korea');
    expect(z.certainStart).toBe(on(1905, 11, 17));
    expect(z.phases.map((p) => [isoFromDay(p.certainStart), p.label])).toEqual([
      ['1905-11-17', 'Japanese protectorate'],
      ['1910-08-29', 'Annexed to Japan'],
    ]);
    expect(z.certainEnd).toBe(on(1945, 8, 15));
  });

  it('all twelve cities of the 1923 agent plan, each on its side', () => {
    const side = (id: string) => place(id).roles.find((r) => r.agentPlan)?.agentPlan;
    for (const id of ['moscow', 'vladivostok', 'nikolsk-ussuriisk', 'blagoveshchensk', 'nikolaevsk', 'chita', 'petropavlovsk']) {
      expect(side(id), id).toBe('japanese-agent');
    }
    for (const id of ['yokohama', 'nagasaki', 'tsuruga', 'hakodate', 'gensan']) expect(side(id), id).toBe('soviet-official');
    expect(atlas.places.filter((p) => p.roles.some((r) => r.agentPlan))).toHaveLength(12);
    expect(atlas.lines.filter((l) => l.kind === 'agent-plan')).toHaveLength(12);
  });

  it('every place, zone, line and event cites the article or a published work, never only the fact sheet or a dataset', () => {
    const works = new Set(atlas.sources.filter((s) => s.kind === 'bibliography' || s.kind === 'work').map((s) => s.id));
    for (const item of [...atlas.places, ...atlas.zones, ...atlas.lines, ...atlas.events]) {
      expect(item.citations.some((c) => (c.source === 'ismailov' && c.paragraph! >= 1) || works.has(c.source)), item.id).toBe(true);
    }
  });

  it("every event of the article's decade, 1917 to 1927, cites the article, but for two it says nothing of", () => {
    const silent = ['soviet-capital-moscow', 'mongolian-peoples-republic'];
    const decade = atlas.events.filter((e) => e.start >= on(1917, 11, 1) && e.start < on(1927, 6, 1));
    expect(decade.length).toBeGreaterThan(40);
    for (const e of decade) expect(e.citations.some((c) => c.source === 'ismailov'), e.id).toBe(!silent.includes(e.id));
  });

  it('the reference works the fact sheet names are sources, each cited', () => {
    const cited = new Set([...atlas.places, ...atlas.zones, ...atlas.lines, ...atlas.events].flatMap((i) => i.citations.map((c) => c.source)));
    for (const id of ['stephan-1971', 'stephan-1974', 'stephan-1994', 'lensen-1959', 'hasegawa-1997', 'glantz-2003', 'young-1998', 'duus-1995']) {
      expect(atlas.sources.some((s) => s.id === id), id).toBe(true);
      expect(cited.has(id), id).toBe(true);
    }
  });

  it('every place of the fact sheet, with English names and coordinates on land', () => {
    const ids = ['nikolaevsk', 'vladivostok', 'nikolsk-ussuriisk', 'blagoveshchensk', 'chita', 'petropavlovsk', 'moscow', 'yokohama', 'nagasaki', 'tsuruga', 'hakodate', 'gensan', 'tokyo', 'atami', 'peking', 'changchun', 'harbin', 'mukden', 'port-arthur', 'dairen', 'alexandrovsk', 'okha', 'toyohara', 'portsmouth', 'shimoda', 'khasan', 'nomonhan', 'keijo', 'khabarovsk', 'verkhneudinsk', 'geneva'];
    // The wider period's places (the fact sheet's section on 1855-1956).
    const wider = ['st-petersburg', 'aigun', 'shimonoseki', 'urga', 'yalta', 'korsakov'];
    expect(atlas.places.map((p) => p.id).sort()).toEqual([...ids, ...wider].sort());
    expect(place('nikolaevsk')).toMatchObject({ lon: 140.72, lat: 53.15 });
    expect(place('gensan')).toMatchObject({ lon: 127.44, lat: 39.15 });
    expect(place('st-petersburg')).toMatchObject({ lon: 30.31, lat: 59.94 });
    expect(place('aigun')).toMatchObject({ lon: 127.49, lat: 49.98 });
    expect(place('shimonoseki')).toMatchObject({ lon: 130.94, lat: 33.96 });
    expect(place('urga')).toMatchObject({ lon: 106.92, lat: 47.92 });
    expect(place('yalta')).toMatchObject({ lon: 34.17, lat: 44.5 });
    expect(place('korsakov')).toMatchObject({ lon: 142.78, lat: 46.64 });
  });
});

describe('the story', () => {
  it('has 12 to 20 steps in date order, each cited, each about real events', () => {
    expect(atlas.story.length).toBeGreaterThanOrEqual(12);
    expect(atlas.story.length).toBeLessThanOrEqual(20);
    atlas.story.forEach((step, i) => {
      if (i > 0) expect(step.day).toBeGreaterThanOrEqual(atlas.story[i - 1]!.day);
      expect(step.citations.some((c) => c.source === 'ismailov'), step.id).toBe(true);
      for (const id of step.events) expect(atlas.events.some((e) => e.id === id), id).toBe(true);
    });
  });

  it('follows the article from Portsmouth to the Basic Convention and after', () => {
    const days = atlas.story.map((s) => isoFromDay(s.day));
    for (const d of ['1905-09-05', '1920-03-12', '1923-01-29', '1923-02-01', '1923-06-28', '1925-01-20', '1925-05-15']) expect(days).toContain(d);
  });
});
