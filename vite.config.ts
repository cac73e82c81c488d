import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  // Relative asset URLs, so that dist/ works from any static server under any base path.
  base: './',
  plugins: [svelte()],
  build: {
    target: 'es2022',
    // MapLibre alone is ~1 MB minified; the budget is checked by `npm run bench`, not by this warning.
    chunkSizeWarningLimit: 1500,
  },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    environment: 'node',
  },
});
