import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

export default tseslint.config(
  { ignores: ["node_modules/", ".data/", "drizzle/", "screenshots/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-console": "off",
    },
  },
  { files: ["bin/**/*.js", "*.js"], languageOptions: { globals: globals.node } },
  // The console and the web chat page run in the browser.
  {
    files: ["console/**/*.js", "channels/web/page/**/*.js"],
    languageOptions: { globals: globals.browser },
  },
);
