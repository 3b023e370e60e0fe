import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'dist/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // The engine is plain TypeScript that runs in Node and in the content script: it may not
    // reach into the extension's UI or entry points, nor use a browser API.
    files: ['rules/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/entrypoints/**', '@/entrypoints/**', '~/entrypoints/**'],
              message: 'rules/ must not import from entrypoints/.',
            },
            {
              group: ['**/components/**', '@/components/**', '~/components/**'],
              message: 'rules/ must not import from components/.',
            },
            {
              group: ['wxt', 'wxt/**', 'webextension-polyfill', '#imports', 'preact', 'preact/**'],
              message: 'rules/ must not use browser or UI libraries.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'document',
        'window',
        'chrome',
        'browser',
        'navigator',
        'localStorage',
        'fetch',
        'XMLHttpRequest',
      ],
    },
  },
  {
    files: ['cli/**/*.ts', 'scripts/**/*.ts', 'bin/**/*.mjs', 'tests/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  prettier,
);
