import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./src/db/schema/index.ts",
  out: "./drizzle",
  // Only `drizzle-kit generate` is used (offline); migrations are applied by `zhitong migrate` / at boot.
});
