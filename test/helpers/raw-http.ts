import { connect } from 'node:net';

export type RawResponse = { status: number; headers: Record<string, string>; body: string };

/**
 * Sends bytes exactly as given (a client library would normalise a malformed path or refuse a bad header) and reads
 * the answer until the server closes. `bodyBytes` sends only that much of a declared larger body.
 */
export function rawRequest(port: number, head: string, body: Buffer | string = ''): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer in 20 s to ${head.split('\r\n')[0]}`));
    }, 20_000);
    socket.on('data', (chunk) => chunks.push(chunk));
    // A server that answers before reading the whole body may reset the connection; what it said still counts.
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('latin1');
      const split = text.indexOf('\r\n\r\n');
      if (split < 0) return reject(new Error(`no HTTP answer to ${head.split('\r\n')[0]}: ${JSON.stringify(text)}`));
      const [statusLine, ...lines] = text.slice(0, split).split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
      }
      let rest: Buffer = Buffer.from(text.slice(split + 4), 'latin1');
      if (headers['transfer-encoding'] === 'chunked') rest = dechunk(rest);
      resolve({ status: Number(statusLine!.split(' ')[1]), headers, body: rest.toString('utf8') });
    });
    socket.write(head);
    if (body.length > 0) socket.write(body);
  });
}

function dechunk(data: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  while (at < data.length) {
    const lineEnd = data.indexOf('\r\n', at);
    const size = Number.parseInt(data.subarray(at, lineEnd).toString('latin1'), 16);
    if (!size) break;
    parts.push(data.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}
