import { defineConfig, type Plugin } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { themeStylesheet } from './src/lib/theme.ts';

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

export default defineConfig({
  // Relative asset URLs, so that dist/ works from any static server under any base path.
  base: './',
  plugins: [svelte(), themeCss(), contentSecurityPolicy(), preloadLabelFonts()],
  build: {
    target: 'es2022',
    // MapLibre alone is ~1 MB minified; the budget is checked by `npm run bench`, not by this warning.
    chunkSizeWarningLimit: 1500,
  },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
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
});
