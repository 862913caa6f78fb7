import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

const root = fileURLToPath(new URL('./renderer', import.meta.url));

/** Chunks loaded only on demand, with the size each may reach (the start-up chunks keep Vite's 500 kB). */
const ON_DEMAND_CHUNK_KB: Record<string, number> = {
  // exceljs: read (and written) only when a spreadsheet is imported or exported.
  xlsx: 1000,
};
const CHUNK_WARNING_KB = 500;

/** Vite's chunk-size warning, with room for the on-demand chunks above. */
function chunkSizeCheck(): Plugin {
  return {
    name: 'levenslijn-chunk-size',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const kb = Buffer.byteLength(file.code) / 1000;
        const limit = ON_DEMAND_CHUNK_KB[file.name] ?? CHUNK_WARNING_KB;
        if (kb > limit) this.warn(`chunk ${file.fileName} is ${Math.round(kb)} kB (limit ${limit} kB)`);
      }
    },
  };
}

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
  plugins: [react(), chunkSizeCheck()],
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
    // chunkSizeCheck() above warns instead, per chunk.
    chunkSizeWarningLimit: Math.max(CHUNK_WARNING_KB, ...Object.values(ON_DEMAND_CHUNK_KB)),
    rollupOptions: {
      output: {
        // Libraries in chunks of their own: they change less often than the app and keep each chunk small.
        manualChunks(id: string) {
          if (!id.includes('node_modules')) return undefined;
          // Read only when a spreadsheet is imported: loaded on demand, never at start.
          if (/[\\/]exceljs[\\/]/.test(id)) return 'xlsx';
          if (/[\\/](konva|react-konva|react-reconciler|its-fine)[\\/]/.test(id)) return 'canvas';
          if (/[\\/](react|react-dom|scheduler)[\\/]/.test(id)) return 'react';
          if (/[\\/](dexie|dexie-react-hooks)[\\/]/.test(id)) return 'storage';
          if (/[\\/](zod|i18next|react-i18next)[\\/]/.test(id)) return 'model';
          // the report's Word writer and hyphenation load with the report only
          if (/[\\/]docx[\\/]/.test(id)) return 'docx';
          if (/[\\/]hyphen[\\/]/.test(id)) return 'hyphen';
          return 'vendor';
        },
      },
    },
  },
  server: { port: 5173, strictPort: true, host: '127.0.0.1' },
  preview: { port: 4173, strictPort: false, host: '127.0.0.1' },
}));
