import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

/** The dev server's hot reload runs inline scripts and styles, which index.html's policy refuses: drop it there only. */
const noCspInDev: Plugin = {
  name: 'podplan-no-csp-in-dev',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, ''),
};

// The app is served from any sub-path (relative asset URLs), and never fetches from the internet at run time.
export default defineConfig({
  base: './',
  plugins: [react(), noCspInDev],
  build: {
    target: 'es2022',
    sourcemap: true,
    rollupOptions: {
      // The core's barrels (src/core/index.ts and its folders' index.ts) only re-export: marked free of side effects
      // and loaded lazily, a screen that imports one name from '../core' pulls in that module alone, so what only a
      // dialog or a printed page needs stays in that surface's lazy chunk instead of the entry.
      treeshake: {
        moduleSideEffects: (id: string) => !/[\\/]src[\\/]core[\\/](?:[^\\/]+[\\/])*index\.ts$/.test(id),
      },
      experimental: { lazyBarrel: true },
      output: {
        // zod and src/state/zodConfig.ts (which turns zod's eval-compiled fast path off, as the policy forbids eval) in
        // one chunk, which runs the setting when it loads, before any chunk that builds schemas (they import it). The
        // app loads the chunk on first use (src/state/checks.ts), so the first screen carries no zod.
        manualChunks: (id: string) =>
          /[\\/]node_modules[\\/]zod[\\/]|[\\/]src[\\/]state[\\/]zodConfig\.ts$/.test(id) ? 'zod' : undefined,
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
