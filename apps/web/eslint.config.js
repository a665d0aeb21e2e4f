import base from '@accord/eslint-config';
import next from '@accord/eslint-config/next';

export default [
  ...base,
  ...next,
  {
    // The database and the settings loader (Node only: it reads files) are reached only from
    // server-only modules: the API caller and route handlers. Anything else could end up in a
    // browser bundle. (server.ts, src/process and src/observe are the production server's.)
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/server/**', 'src/edge/**', 'src/app/api/**', 'src/process/**', 'src/observe/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@accord/db',
              message: 'Import it only in src/server, src/edge or route handlers.',
            },
            {
              name: '@accord/settings',
              message:
                'Node only: import it only in src/server, src/edge, src/process, src/observe or route handlers.',
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
