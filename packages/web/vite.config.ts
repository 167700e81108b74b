import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Resolve paths from this file, so `vite build -c packages/web/vite.config.ts` from the
// repository root and `npm run build -w @candor/web` produce the same packages/web/dist.
const webRoot = decodeURIComponent(new URL('.', import.meta.url).pathname);

export default defineConfig({
  root: webRoot,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // The server's Content-Security-Policy forbids inline scripts and styles, so never
    // inline assets or the module-preload polyfill into index.html.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
  server: {
    // `npm run dev -w @candor/web` next to a server started with PORT=3000.
    proxy: {
      '/api': 'http://127.0.0.1:3000',
      '/healthz': 'http://127.0.0.1:3000',
    },
  },
});
