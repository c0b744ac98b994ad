import { defineConfig } from 'vite';

// Built as static files that the gateway serves at /dashboard/ (see gateway/src/dashboardRoute.ts).
export default defineConfig({
  root: import.meta.dirname,
  base: '/dashboard/',
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1000 },
  logLevel: 'warn',
});
