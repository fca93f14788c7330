import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `vite build web` (npm run build:web) writes web/dist, which the server serves; `vite web` is the
// dev server, proxying the API to a server started with `npm start`.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  // One chunk of ~526 kB (~147 kB gzip): react-dom ~207 kB, zod ~153 kB (the AI SDK imports
  // zod/v4 itself), the AI SDK ~112 kB, the app ~38 kB. Route pages split with React.lazy saved 2%
  // (0.4% gzip) and delayed the job page's heading by a round trip, so they stay in it. Tracked by
  // bench/web.bench.ts.
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 800 },
  server: { proxy: { '/api': process.env.DOSSIER_API_URL ?? 'http://localhost:3000' } },
});
