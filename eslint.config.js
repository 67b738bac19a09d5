// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The layering of the design's folder table, enforced rather than remembered. */
const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: forbidden.map((group) => ({ group: [group], message })) },
    ],
  },
});

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'https'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['renderer/service-worker/**/*.ts'],
    languageOptions: { globals: { ...globals.serviceworker } },
  },
  layer(
    ['shared/**/*.ts'],
    [
      '**/server/**',
      '**/renderer/**',
      '**/electron/**',
      '**/e2e/**',
      'react',
      'react-dom',
      'dexie',
      'electron',
      'pg',
      'hono',
      ...nodeBuiltins,
    ],
    'shared/ is pure TypeScript: it may import only shared/ and zod.',
  ),
  layer(
    ['server/**/*.ts'],
    ['**/renderer/**', '**/electron/**', '**/e2e/**', 'react', 'react-dom', 'dexie', 'electron'],
    'server/ may import only shared/.',
  ),
  layer(
    ['renderer/**/*.{ts,tsx}'],
    [
      '**/server/**',
      '**/electron/**',
      '**/e2e/**',
      'electron',
      'pg',
      'hono',
      '@electric-sql/*',
      ...nodeBuiltins,
    ],
    'renderer/ runs sandboxed in a browser: it may import only shared/.',
  ),
  layer(
    ['electron/preload/**/*.ts'],
    ['**/server/**', '**/renderer/**'],
    'The preload may import only shared/.',
  ),
  layer(
    ['electron/main/**/*.ts'],
    ['**/renderer/**', '**/e2e/**'],
    'electron/main may import shared/ and server/.',
  ),
  {
    // Features do not import each other: anything two features need lives in renderer/lib or renderer/components.
    files: ['renderer/features/*/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./(?!\\.\\.)[^/]+',
              message: 'A feature may not import another feature.',
            },
            {
              group: ['**/server/**', '**/electron/**', 'electron', 'pg', 'hono', ...nodeBuiltins],
              message: 'renderer/ may import only shared/.',
            },
          ],
        },
      ],
    },
  },
);
