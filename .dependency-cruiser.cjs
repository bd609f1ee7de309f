/**
 * The dependency check (issue #14): no import cycles, a module is reached from outside only through its
 * index.ts (its whole public face), and pure cores import no I/O. `npm run depcheck` runs it; CI fails on any
 * violation.
 */
const { readdirSync } = require("node:fs");

const modules = readdirSync(`${__dirname}/src/modules`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** One rule per module: a file outside src/modules/<name>/ may import only its index.ts. */
const throughIndexOnly = modules.map((name) => ({
  name: `module-${name}-through-index`,
  comment: `Outside the ${name} module, import it only through src/modules/${name}/index.ts.`,
  severity: "error",
  from: { path: "^src/", pathNot: `^src/modules/${name}/` },
  to: { path: `^src/modules/${name}/`, pathNot: `^src/modules/${name}/index\\.ts$` },
}));

const IO_PACKAGES = [
  "fastify",
  "@fastify/[^/]+",
  "drizzle-orm",
  "pg",
  "@electric-sql/pglite",
  "undici",
  "nodemailer",
];

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment: "Import cycles tie modules into one; a flow that spans two belongs above both.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    ...throughIndexOnly,
    {
      name: "core-imports-no-io",
      comment: "Files under a core/ folder are pure: no database, file system, network or HTTP framework.",
      severity: "error",
      from: { path: "(^|/)core/" },
      to: {
        path: [
          "^src/db/(?!schema/)",
          "^src/http/",
          "^src/server/",
          "^(node:)?(fs|fs/promises|net|http|https|http2|dgram|tls|child_process)$",
          `(^|/)node_modules/(${IO_PACKAGES.join("|")})/`,
        ],
      },
    },
    {
      name: "core-imports-schema-types-only",
      comment: "A core may name a column's type (erased at run time), never load a table definition.",
      severity: "error",
      from: { path: "(^|/)core/" },
      to: { path: "^src/db/schema/", dependencyTypesNot: ["type-only"] },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    parser: "swc",
    tsPreCompilationDeps: true,
    combinedDependencies: false,
    exclude: { path: "^src/.*\\.test\\.ts$" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".js", ".json"],
    },
  },
};
