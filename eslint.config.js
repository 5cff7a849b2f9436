import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

/**
 * Layer boundaries (docs/architecture.md). The domain is pure: no infrastructure, nothing outside
 * src/domain. Channel modules reach the application only through channels/port.ts: nothing from src/.
 * Import cycles are checked by dependency-cruiser (.dependency-cruiser.cjs), also in `npm run check`.
 */
const INFRASTRUCTURE = [
  "drizzle-orm",
  "drizzle-orm/*",
  "pg",
  "ioredis",
  "bullmq",
  "fastify",
  "@fastify/*",
  "openai",
  "pino",
  "node:*",
];
export const boundaries = [
  {
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["../*", "../**"], message: "src/domain is pure: import nothing outside src/domain." },
            {
              group: INFRASTRUCTURE,
              message: "src/domain is pure: no infrastructure (database, queue, HTTP, I/O).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["channels/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/src/**", "**/src"],
              message: "Channel modules reach the application only through channels/port.ts, never src/.",
            },
          ],
        },
      ],
    },
  },
];

export default tseslint.config(
  { ignores: ["node_modules/", ".data/", "drizzle/", "screenshots/", "coverage/", "dist/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-console": "off",
    },
  },
  { files: ["bin/**/*.js", "scripts/**/*.js", "*.js", "*.cjs"], languageOptions: { globals: globals.node } },
  ...boundaries,
  // The console and the web chat page run in the browser.
  {
    files: ["console/**/*.js", "channels/web/page/**/*.js"],
    languageOptions: { globals: globals.browser },
  },
);
