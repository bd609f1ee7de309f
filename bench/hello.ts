/**
 * Fastify's hello route alone in a process of its own, the baseline bench/api.ts compares Tenure against. Started
 * by bench/api.ts (`fork`): it answers 'cpu' with its CPU time so far, and ends when the parent goes away.
 */
import Fastify from 'fastify';

export type HelloMessage = { kind: 'listening'; url: string } | { kind: 'cpu'; ms: number };

if (!process.send) {
  console.error('bench/hello.ts is started by bench/api.ts (it talks over IPC)');
  process.exit(2);
}
const app = Fastify();
app.get('/', () => ({ hello: 'world' }));
const url = await app.listen({ port: 0, host: '127.0.0.1' });
process.send({ kind: 'listening', url } satisfies HelloMessage);
process.on('message', (message) => {
  if (message !== 'cpu') return;
  const cpu = process.cpuUsage();
  process.send!({ kind: 'cpu', ms: (cpu.user + cpu.system) / 1000 } satisfies HelloMessage);
});
process.on('disconnect', () => process.exit(0));
