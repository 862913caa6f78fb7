import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

const root = fileURLToPath(new URL('./renderer', import.meta.url));

/**
 * Two builds of the same renderer: the shipped one (`vite build`: dist/renderer, used by the
 * desktop app, `npm run web` and the report command line) and the test build (`vite build
 * --mode test`: dist/renderer-test, used by the e2e tests and the benchmark), which alone holds
 * the test API (renderer/app/testApi.ts). `__TEST_API__` is a compile-time constant: in the
 * shipped build the test API's code is removed, not merely switched off.
 */
export default defineConfig(({ mode }) => ({
  root,
  base: './',
  publicDir: false,
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify(pkg.version), __TEST_API__: JSON.stringify(mode === 'test') },
  resolve: {
    alias: {
      '@shared': fileURLToPath(new URL('./shared', import.meta.url)),
      '@resources': fileURLToPath(new URL('./resources', import.meta.url)),
    },
  },
  build: {
    outDir: fileURLToPath(
      new URL(mode === 'test' ? './dist/renderer-test' : './dist/renderer', import.meta.url),
    ),
    emptyOutDir: true,
    target: 'chrome120',
    // Source maps are for debugging a build here; electron-builder.yml leaves them out of installers.
    sourcemap: true,
    rollupOptions: {
      output: {
        // Libraries in chunks of their own: they change less often than the app and keep each chunk small.
        manualChunks(id: string) {
          if (!id.includes('node_modules')) return undefined;
          if (/[\\/](konva|react-konva|react-reconciler|its-fine)[\\/]/.test(id)) return 'canvas';
          if (/[\\/](react|react-dom|scheduler)[\\/]/.test(id)) return 'react';
          if (/[\\/](dexie|dexie-react-hooks)[\\/]/.test(id)) return 'storage';
          if (/[\\/](zod|i18next|react-i18next)[\\/]/.test(id)) return 'model';
          return 'vendor';
        },
      },
    },
  },
  server: { port: 5173, strictPort: true, host: '127.0.0.1' },
  preview: { port: 4173, strictPort: false, host: '127.0.0.1' },
}));
