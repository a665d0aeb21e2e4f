import config from '@accord/eslint-config';

const serverOnly = [
  { name: '@accord/db', message: 'The client never imports the database package.' },
  {
    name: '@accord/api',
    allowTypeImports: true,
    message: 'Import the server only as types (import type { AppRouter }).',
  },
];

export default [
  ...config,
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
              message: 'The client entry runs in browsers too: Node built-ins only in tests.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/testing/**/*.ts', 'src/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { paths: serverOnly }],
    },
  },
];
