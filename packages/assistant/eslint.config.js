export { default } from '@accord/eslint-config';
