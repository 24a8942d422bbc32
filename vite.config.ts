/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The Content-Security-Policy of the built app: scripts, workers and requests from the app's own origin
 * only; no inline script and no eval. Styles allow 'unsafe-inline' because React Flow positions every
 * node and edge with inline `style` attributes (a nonce or hash cannot cover style attributes).
 * Images allow blob: (PNG export draws the SVG through a blob URL) and data: (the empty favicon).
 */
const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
];
/** frame-ancestors is obeyed only in a header, never in a meta element. */
export const CONTENT_SECURITY_POLICY = [...CSP_DIRECTIVES, "frame-ancestors 'none'"].join('; ');

/** Puts the policy into the built index.html (the dev server has none: React's refresh preamble is inline). */
const cspMeta = (): Plugin => ({
  name: 'csp-meta',
  apply: 'build',
  transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_DIRECTIVES.join('; ') }, injectTo: 'head-prepend' }],
});

export default defineConfig({
  plugins: [react(), cspMeta()],
  worker: { format: 'es' },
  build: {
    target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 2000,
    // The benchmark's bare React Flow baseline page is built beside the app (npm run bench).
    rolldownOptions: { input: { main: 'index.html', baseline: 'bench/baseline.html' } },
  },
  // Everything the app and its workers import is optimised at start, so a first run after `npm ci`
  // never finds a new dependency mid-work and reloads the page (which would lose dialogs and undo).
  optimizeDeps: {
    entries: ['index.html', 'app/worker/*.worker.ts'],
    include: ['comlink', 'zod', 'idb-keyval', 'immer', 'zundo', 'zustand', 'zustand/middleware/immer', 'zustand/react/shallow', 'react/jsx-runtime', 'react/jsx-dev-runtime', 'react', 'react-dom/client', '@xyflow/react'],
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
  test: { include: ['app/**/*.test.ts', 'scripts/**/*.test.ts'], environment: 'node' },
});
