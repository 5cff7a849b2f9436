/**
 * Import cycles are refused in the server code, the channel modules and the console
 * (`npm run check`). The layer rules (pure domain, channels only through the port) are ESLint's
 * no-restricted-imports (eslint.config.js).
 */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "A module must not depend on itself through others: split it or move the shared part down.",
      from: { path: "^(src|channels|console)/" },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    exclude: { path: "(^|/)(node_modules|tests|bench)/" },
  },
};
