/**
 * What the secret scrubbing costs per log line: the real logger (redact paths + redactSecrets on every line)
 * against plain pino, both writing typical Fastify request lines to a stream that drops them.
 * `node bench/log-redaction.ts [--lines 200000]`
 */
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { createLogger } from '../src/server/logger.ts';

const { values } = parseArgs({ options: { lines: { type: 'string', default: '200000' } } });
const lines = Number(values.lines);
const sink = { write: (_line: string) => {} };
const req = {
  method: 'GET',
  url: '/v1/customers/cus_0123456789abcdef?expand[]=default_payment_method',
  host: '127.0.0.1:3000',
  remoteAddress: '127.0.0.1',
  remotePort: 51234,
};

function run(logger: pino.Logger): number {
  const child = logger.child({ reqId: 'req_01jx0000000000000001' });
  const start = performance.now();
  for (let i = 0; i < lines; i++) {
    child.info({ req }, 'incoming request');
    child.info({ res: { statusCode: 200 }, responseTime: 1.234 }, 'request completed');
  }
  return ((performance.now() - start) * 1e6) / (2 * lines);
}

const plain = pino({ level: 'info' }, sink);
const scrubbed = createLogger('info', sink);
run(plain); // warm-up
run(scrubbed);
const rounds = [0, 1, 2].map(() => [run(plain), run(scrubbed)] as const);
const median = (xs: number[]) => xs.sort((a, b) => a - b)[1]!;
const plainNs = median(rounds.map((r) => r[0]));
const scrubbedNs = median(rounds.map((r) => r[1]));
console.log(`log lines: ${2 * lines} per round, 3 rounds, medians`);
console.log(`plain pino          ${plainNs.toFixed(0)} ns/line`);
console.log(`redacting logger    ${scrubbedNs.toFixed(0)} ns/line`);
console.log(
  `ratio               ${(scrubbedNs / plainNs).toFixed(2)}×  (+${(scrubbedNs - plainNs).toFixed(0)} ns/line)`,
);
