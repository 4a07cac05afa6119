/** Serves the built app (dist/) with `vite preview` on a free localhost port. Builds nothing itself. */
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { preview } from 'vite';

export const ROOT = resolve(import.meta.dirname, '../../..');

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.unref();
    s.on('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => ok(port));
    });
  });
}

export interface RunningServer {
  readonly url: string;
  readonly close: () => Promise<void>;
}

/** `root`: another checkout's build (a benchmark comparing two builds side by side); this one's by default. */
export async function startPreview(root = ROOT): Promise<RunningServer> {
  if (!existsSync(resolve(root, 'dist/index.html')))
    throw new Error('dist/ is missing: run `npm run build` (vite build) before the end-to-end tests.');
  const port = await freePort();
  const server = await preview({
    root,
    configFile: resolve(root, 'vite.config.ts'),
    logLevel: 'silent',
    preview: { port, host: '127.0.0.1', strictPort: true, open: false },
  });
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}
