// Serves the production build (dist/) on a free local port, as any static server would.
import { preview, type PreviewServer } from 'vite';

/** `outDir`: another folder to serve the same way (the benchmark's copy of dist/ with its bare page). */
export async function serveDist(outDir?: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: PreviewServer = await preview({
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    ...(outDir ? { build: { outDir } } : {}),
    logLevel: 'error',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return { url, close: () => server.close() };
}
