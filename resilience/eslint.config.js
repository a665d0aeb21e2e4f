import config from '@accord/eslint-config';

// scripts/ is plain Node (no tsconfig project, reads process.env by design): not type-linted.
export default [...config, { ignores: ['scripts/**'] }];
