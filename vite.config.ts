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
  build: { target: 'es2022', sourcemap: true },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
