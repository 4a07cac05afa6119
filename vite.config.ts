import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The app is served from any sub-path (relative asset URLs), and never fetches from the internet at run time.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: { target: 'es2022', sourcemap: true },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
