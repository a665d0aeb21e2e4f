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
];
