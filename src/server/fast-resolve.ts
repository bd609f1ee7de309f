import { registerHooks } from 'node:module';

/**
 * Relative imports inside drizzle-orm resolved by URL alone. Node 24 answers each module's package-scope lookup by
 * deserializing drizzle-orm's package.json (179 KB, 447 export entries) again, and drizzle-orm is ~600 module files:
 * in a profile of a test process that was the largest single cost of loading Tenure (package_json_reader, ~2 s of
 * CPU per process). Its ESM build imports only relative `.js` files of its own, which a URL join resolves exactly as
 * Node would; bare specifiers and every other package keep Node's resolution.
 */
const DRIZZLE = '/node_modules/drizzle-orm/';

export function registerFastResolve(): void {
  registerHooks({
    resolve(specifier, context, next) {
      const parent = context.parentURL;
      if (
        parent?.includes(DRIZZLE) &&
        parent.endsWith('.js') &&
        specifier.endsWith('.js') &&
        specifier.startsWith('.')
      ) {
        return { url: new URL(specifier, parent).href, format: 'module', shortCircuit: true };
      }
      return next(specifier, context);
    },
  });
}
