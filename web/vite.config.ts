import { defineConfig } from 'vite';

// Build: `npx vite build --config web/vite.config.ts` (from the repository root).
// The server serves web/dist at `/`, so asset paths are relative.
const root = new URL('.', import.meta.url).pathname;

export default defineConfig({
  root,
  base: './',
  logLevel: 'warn',
  publicDir: false,
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 400,
  },
});
