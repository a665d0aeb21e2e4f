import base from '@accord/eslint-config';

export default [
  ...base,
  {
    // Log through @accord/log (JSON, redacted, with the request id); console is for a
    // command-line tool talking to its user.
    files: ['src/**/*.ts'],
    ignores: ['src/**/cli/**', 'src/**/*.test.ts'],
    rules: { 'no-console': 'error' },
  },
  {
    // Where queries live (README, Packages): routers, REST handlers and the save path call
    // functions of src/queries/ (reads) and @accord/db records/ (writes); they write no SQL.
    files: ['src/router/**/*.ts', 'src/rest/**/*.ts', 'src/editorial/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['drizzle-orm', 'drizzle-orm/*'],
              message:
                'No SQL here: reads go in src/queries/, writes of records in @accord/db records/ (see the README, Packages).',
            },
          ],
        },
      ],
    },
  },
];
