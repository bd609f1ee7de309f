import { enableCompileCache } from 'node:module';
import { registerFastResolve } from '../src/server/fast-resolve.ts';

// Each test file runs in a process of its own that loads all of Tenure: keep V8's compiled code between processes
// and runs (as `tenure` does), and resolve drizzle-orm's own imports without re-reading its package.json.
enableCompileCache();
registerFastResolve();
