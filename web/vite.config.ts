import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `vite build web` (npm run build:web) writes web/dist, which the server serves; `vite web` is the
// dev server, proxying the API to a server started with `npm start`.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  // One chunk of ~530 kB (~150 kB gzip: React, the AI SDK, zod); its size is tracked by bench/web.bench.ts.
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 800 },
  server: { proxy: { '/api': process.env.DOSSIER_API_URL ?? 'http://localhost:3000' } },
});
