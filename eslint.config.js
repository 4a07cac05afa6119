// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/** Modules the planning core must never import: it runs in Node and the browser alike. */
const coreForbiddenImports = [
  {
    group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
    message: 'src/core is pure TypeScript: no React.',
  },
  { group: ['three', 'three/*'], message: 'src/core is pure TypeScript: no three.js.' },
  { group: ['@react-three/*'], message: 'src/core is pure TypeScript: no @react-three.' },
  { group: ['zustand', 'zustand/*'], message: 'src/core is pure TypeScript: no zustand.' },
  {
    group: ['node:*', 'fs', 'path', 'os', 'child_process'],
    message: 'src/core runs in the browser too: no Node built-ins.',
  },
  {
    group: ['**/state/*', '**/scene/*', '**/ui/*', '**/app/*', '**/cli/*'],
    message: 'src/core imports nothing outside src/core.',
  },
];
/** DOM globals the core must not touch. */
const domGlobals = [
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'navigator',
  'location',
  'fetch',
  'HTMLElement',
  'requestAnimationFrame',
].map((name) => ({ name, message: 'src/core must not use DOM globals.' }));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-results/**', 'screenshots/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['bin/**/*.mjs', 'scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: coreForbiddenImports }],
      'no-restricted-globals': ['error', ...domGlobals],
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
);
