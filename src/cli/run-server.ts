/** `tenure start | api | worker`: starts the role, prints where it runs, stops cleanly on SIGTERM/SIGINT. */
import { readConfig } from '../server/config.ts';
import { type Role, startRole } from '../server/start.ts';

export type { Role };

const WHAT: Record<Role, string> = { start: 'Tenure', api: 'Tenure API', worker: 'Tenure worker' };

export async function runServer(role: Role, flagArgv: string[]): Promise<void> {
  const config = readConfig(flagArgv, process.env);
  const running = await startRole(role, config);
  const where = config.databaseUrl ? 'PostgreSQL' : `embedded PGlite (${config.dataDir})`;
  if (running.url) {
    process.stdout.write(`${WHAT[role]} is running at ${running.url} on ${where}\n`);
    process.stdout.write(`Console: ${running.url}/console   Portal: ${running.url}/portal\n`);
    process.stdout.write(`API reference: ${running.url}/docs   OpenAPI: ${running.url}/openapi.json\n`);
  } else {
    process.stdout.write(`${WHAT[role]} is running on ${where} (pid ${process.pid})\n`);
  }
  if (role === 'api' && !config.databaseUrl) {
    process.stdout.write('No worker runs in this process: on embedded PGlite use `tenure start`.\n');
  }
  if (running.bootstrap.issuedKey) {
    process.stdout.write(`API key (shown once, store it now): ${running.bootstrap.issuedKey.secret}\n`);
  }
  if (running.ownerSetupUrl)
    process.stdout.write(`Create the console's owner (link works once): ${running.ownerSetupUrl}\n`);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      running.logger.info({ signal }, 'shutting down');
      // A request or batch that never finishes must not keep a stopping process alive forever.
      setTimeout(() => {
        running.logger.error({ signal }, 'shutdown took over 30 s; exiting');
        process.exit(1);
      }, 30_000).unref();
      running.stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}
