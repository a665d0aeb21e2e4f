import base from '@accord/eslint-config';

export default [
  ...base,
  {
    // The database is reached only from server-only modules: the API caller and route
    // handlers. Anything else could end up in a browser bundle.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/server/**', 'src/edge/**', 'src/app/api/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@accord/db',
              message: 'Import it only in src/server, src/edge or route handlers.',
            },
          ],
          patterns: [
            {
              group: ['@accord/db/*'],
              message: 'Import it only in src/server, src/edge or route handlers.',
            },
          ],
        },
      ],
    },
  },
];
