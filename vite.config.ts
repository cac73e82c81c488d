import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import { MAP_COLOURS, themeStylesheet } from './src/lib/theme.ts';

/**
 * The Content-Security-Policy of the built site: everything from the page's own origin, nothing
 * else. MapLibre's workers may also start from blob: URLs, and downloads are made from blob: URLs.
 * Added at build time only: the dev server needs inline scripts for hot reload.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "child-src 'self' blob:",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * Who may show the atlas in a frame: any page, on purpose, so that a course page anywhere can embed
 * it (`?embed`). The atlas has no account, no form and nothing to buy, so a page that frames it
 * cannot trick a reader into an act with consequences (what frame-ancestors guards against). A
 * `<meta>` CSP cannot carry frame-ancestors (browsers ignore it there): the server sends it as a
 * header. docs/deploying.md says how; `dist/_headers` and `npm run preview` send it.
 */
export const FRAME_ANCESTORS = 'frame-ancestors *';

/** The policy as a server sends it: the page's own, and who may frame it. */
export const CSP_HEADER = `${CONTENT_SECURITY_POLICY}; ${FRAME_ANCESTORS}`;

/**
 * `dist/_headers`: the header policy in the format Netlify and Cloudflare Pages read (other servers:
 * docs/deploying.md). Written from the constants above, so the policy is said once.
 */
function headersFile(): Plugin {
  return {
    name: 'recognition-atlas:headers-file',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: `/*\n  Content-Security-Policy: ${CSP_HEADER}\n` });
    },
  };
}

function contentSecurityPolicy(): Plugin {
  return {
    name: 'recognition-atlas:csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}

/**
 * Preloads the Latin file of each face in src/fonts.ts's VARIANTS, which the first map's labels wait
 * for (`fontsReady`): the browser then fetches them beside the scripts and atlas.json instead of after
 * the scripts have run. Their file names carry a content hash, known only once the bundle is written.
 * The pattern mirrors VARIANTS by hand; e2e/foundation.spec.ts fails when the two drift apart.
 */
const PRELOADED_FONTS = /noto-sans-latin-(400-normal|400-italic|600-normal)-[\w-]+\.woff2$/;

function preloadLabelFonts(): Plugin {
  return {
    name: 'recognition-atlas:preload-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) =>
        Object.keys(ctx.bundle ?? {})
          .filter((file) => PRELOADED_FONTS.test(file))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'preload', href: `./${file}`, as: 'font', type: 'font/woff2', crossorigin: 'anonymous' },
            injectTo: 'head' as const,
          })),
    },
  };
}

/**
 * `virtual:theme.css`: the theme's colours (src/lib/theme.ts) as CSS custom properties on :root, in a
 * stylesheet like any other (no inline style, which the CSP forbids), so the components' CSS and the
 * map style read the same values.
 */
function themeCss(): Plugin {
  const id = 'virtual:theme.css';
  const resolved = `\0${id}`;
  return {
    name: 'recognition-atlas:theme-css',
    resolveId: (source) => (source === id ? resolved : undefined),
    load: (source) => (source === resolved ? themeStylesheet() : undefined),
  };
}

/**
 * Offline: a service worker (Workbox, through vite-plugin-pwa) precaches the whole built site, so
 * that after one visit the atlas opens with no network: the scripts and styles, the atlas data and
 * the land (dist/data/), the fonts (woff2 only: every browser that runs the atlas reads woff2, so
 * Fontsource's woff twins would be 4 MB never used) and the icons. A new build's worker waits until
 * the reader chooses to reload (src/components/UpdateNotice.svelte): a lesson is never reloaded
 * under a teacher. The app registers it itself (src/lib/offline.ts), so nothing inline is added.
 */
function offline(): Plugin[] {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    // The icons are in public/ and found by the glob below: listed once.
    includeManifestIcons: false,
    manifest: {
      name: 'Recognition Atlas: Japan and the USSR, 1855–1956',
      short_name: 'Recognition Atlas',
      description: "An interactive map of Russo/Soviet–Japanese relations, 1855–1956, centred on Japan's recognition of the USSR in 1925.",
      lang: 'en',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: MAP_COLOURS.sea,
      theme_color: MAP_COLOURS.sea,
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{html,js,mjs,css,json,woff2,png,svg}'],
      // The largest file is MapLibre's bundle (about 1 MB); the limit only guards against a mistake.
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      // Any page of the atlas is index.html with a query (?embed, ?lock) and a hash: offline too.
      navigateFallback: 'index.html',
      // The test hook's flag and the embed flags do not change what is fetched.
      ignoreURLParametersMatching: [/.*/],
      cleanupOutdatedCaches: true,
    },
  }) as Plugin[];
}

export default defineConfig(({ isSsrBuild, mode }) => ({
  // Relative asset URLs, so that dist/ works from any static server under any base path.
  base: './',
  // Citation.js imports node-fetch for URLs given as input, which the atlas never gives it; in the
  // browser, the browser's own fetch stands in (src/lib/cite/no-node-fetch.ts). Tests run in Node.
  resolve: mode === 'test' || isSsrBuild ? {} : { alias: { 'node-fetch': fileURLToPath(new URL('./src/lib/cite/no-node-fetch.ts', import.meta.url)) } },
  plugins: [svelte(), themeCss(), contentSecurityPolicy(), preloadLabelFonts(), headersFile(), ...offline()],
  build: {
    target: 'es2022',
    // MapLibre alone is ~1 MB minified; the budget is checked by `npm run bench`, not by this warning.
    chunkSizeWarningLimit: 1500,
  },
  server: { port: 5173 },
  // The preview sends the header a deployment sends (FRAME_ANCESTORS), so the e2e tests embed the atlas for real.
  preview: { port: 4173, strictPort: true, headers: { 'Content-Security-Policy': CSP_HEADER } },
  test: {
    environment: 'node',
    projects: [
      // Pure modules, on the fixture atlas (tests/fixtures/): `npm run test:unit`, in seconds.
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/geodata/**'] } },
      // The real geodata: the data build, its validator, and the history it holds. The build runs once, first.
      // Its tests do real geometry (Natural Earth 10m, the partition): seconds each on a loaded machine, so a minute is allowed.
      { extends: true, test: { name: 'geodata', include: ['tests/geodata/**/*.test.ts'], globalSetup: ['tests/global-setup.ts'], testTimeout: 60_000 } },
    ],
  },
}));
