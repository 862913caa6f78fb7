import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // The domain stays pure: no UI, shell or storage libraries in shared/.
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-*', 'react/*'], message: 'shared/ is pure TypeScript: no React.' },
            { group: ['electron', 'electron/*'], message: 'shared/ is pure TypeScript: no Electron.' },
            { group: ['dexie', 'dexie-*'], message: 'shared/ is pure TypeScript: no Dexie.' },
            { group: ['konva', 'konva/*', 'react-konva'], message: 'shared/ is pure TypeScript: no Konva.' },
            { group: ['node:*', 'fs', 'path'], message: 'shared/ runs in the browser too: no Node modules.' },
          ],
        },
      ],
    },
  },
  {
    // Only the IPC wrapper may touch ipcMain / ipcRenderer directly.
    files: ['electron/**/*.ts'],
    ignores: ['electron/ipc/**', 'electron/preload.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportSpecifier[imported.name='ipcMain']",
          message: 'Register IPC handlers through electron/ipc only.',
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules, 'react-hooks/set-state-in-effect': 'off' },
  },
  {
    files: ['scripts/**/*.mjs', '*.js'],
    // Scripts run in Node and hand functions to the browser (page.evaluate): both sets of globals.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
