// Lint rules for the Next app: Next's own (core-web-vitals: <img>, <a> for pages, fonts,
// scripts) and React's hooks rules (the recommended set of eslint-plugin-react-hooks 7, with the
// React Compiler's checks: no refs read or written during render, no setState called
// synchronously in an effect, and so on). Added to the base rules in apps/web/eslint.config.js.
import nextPlugin from '@next/eslint-plugin-next';
import reactHooks from 'eslint-plugin-react-hooks';

export default [
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { '@next/next': nextPlugin },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs['core-web-vitals'].rules,
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
];
