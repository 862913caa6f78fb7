import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  define: { __TEST_API__: 'false', __APP_VERSION__: '"0.0.0-test"' },
  resolve: {
    alias: {
      '@shared': fileURLToPath(new URL('./shared', import.meta.url)),
      '@resources': fileURLToPath(new URL('./resources', import.meta.url)),
    },
  },
  test: {
    include: [
      'shared/**/*.test.ts',
      'renderer/**/*.test.{ts,tsx}',
      'electron/**/*.test.ts',
      'scripts/**/*.test.ts',
      'e2e/support/**/*.test.ts',
    ],
    environment: 'node',
    setupFiles: [],
    testTimeout: 20000,
  },
});
