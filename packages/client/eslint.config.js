import config from '@accord/eslint-config';

const serverOnly = [
  { name: '@accord/db', message: 'The client never imports the database package.' },
  { name: '@accord/settings', message: 'The server reads settings; the client takes options.' },
  {
    name: '@accord/api',
    allowTypeImports: true,
    message: 'Import the server only as types (import type { AppRouter }).',
  },
];

export default [
  ...config,
  // bin/ is the plain-Node launcher (no tsconfig project): not type-linted.
  { ignores: ['bin/**'] },
  {
    files: ['src/**/*.ts', 'examples/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: serverOnly,
          patterns: [
            {
              group: ['node:*'],
              message: 'The client entry runs in browsers too: Node built-ins only in src/cli.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts', 'src/testing/**/*.ts', 'src/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { paths: serverOnly }],
    },
  },
];
