import { defineConfig } from 'drizzle-kit';

// Only generates SQL from the schema; migrations are applied by `db:migrate`.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/schema/index.ts',
  out: './drizzle',
});
