import { defineConfig } from 'drizzle-kit';

// Migrations are generated from the schema and applied by Tenure itself on start (src/db/migrate.ts).
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema/index.ts',
  out: './src/db/migrations',
});
