/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  worker: { format: 'es' },
  build: {
    target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 2000,
    // The benchmark's bare React Flow baseline page is built beside the app (npm run bench).
    rolldownOptions: { input: { main: 'index.html', baseline: 'bench/baseline.html' } },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: { include: ['app/**/*.test.ts', 'scripts/**/*.test.ts'], environment: 'node' },
});
