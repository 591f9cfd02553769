import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The dev server (server/dev.mjs) adds the /api proxy to the Express server; `vite build` writes dist/ for it to serve.
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 1200 },
});
