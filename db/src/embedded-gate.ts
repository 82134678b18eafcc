import { timingSafeEqual } from 'node:crypto';
import { connect, createServer, type Server, type Socket } from 'node:net';

const SSL_REQUEST = 80877103;
const CANCEL_REQUEST = 80877102;
const PROTOCOL_3 = 196608;
/** Anything longer before authentication is not a PostgreSQL client. */
const MAX_STARTUP_BYTES = 10_000;

export interface Gate {
  /** host:port the gate listens on. */
  host: string;
  port: number;
  close(): Promise<void>;
}

function errorResponse(code: string, message: string): Buffer {
  const fields = Buffer.from(`SFATAL\0VFATAL\0C${code}\0M${message}\0\0`, 'utf8');
  const head = Buffer.alloc(5);
  head.write('E', 0);
  head.writeInt32BE(4 + fields.length, 1);
  return Buffer.concat([head, fields]);
}

/** AuthenticationCleartextPassword: the client answers with a PasswordMessage ('p'). */
const ASK_PASSWORD = Buffer.from([0x52, 0, 0, 0, 8, 0, 0, 0, 3]);

function samePassword(given: string, expected: Buffer): boolean {
  const candidate = Buffer.from(given, 'utf8');
  return candidate.length === expected.length && timingSafeEqual(candidate, expected);
}

/**
 * The embedded database's front door. PGlite serves every connection from ONE session, so any
 * client that reaches it can change the app's session (one `SET default_transaction_read_only`
 * from psql broke every API write). The socket server itself therefore listens only on a unix
 * socket in a private (0700) folder, and this gate on the loopback port admits a connection only
 * after the PostgreSQL password exchange with the per-start secret in the app's own URL; then it
 * replays the client's startup message upstream and splices the two sockets.
 */
export async function startGate(options: {
  host: string;
  port: number;
  password: string;
  upstreamPath: string;
}): Promise<Gate> {
  const expected = Buffer.from(options.password, 'utf8');
  const sockets = new Set<Socket>();

  const admit = (client: Socket) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    client.setNoDelay(true);
    let buffer = Buffer.alloc(0);
    let startup: Buffer | null = null;
    const refuse = (code: string, message: string) => {
      client.end(errorResponse(code, message));
    };
    const onData = (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      if (buffer.length > MAX_STARTUP_BYTES) return refuse('08P01', 'startup packet too long');
      while (true) {
        if (!startup) {
          if (buffer.length < 8) return;
          const length = buffer.readInt32BE(0);
          const code = buffer.readInt32BE(4);
          if (length === 8 && code === SSL_REQUEST) {
            client.write('N');
            buffer = buffer.subarray(8);
            continue;
          }
          if (code === CANCEL_REQUEST) return void client.end();
          if (code !== PROTOCOL_3 || length < 8 || length > MAX_STARTUP_BYTES) {
            return refuse('08P01', 'unsupported frontend protocol');
          }
          if (buffer.length < length) return;
          startup = Buffer.from(buffer.subarray(0, length));
          buffer = buffer.subarray(length);
          client.write(ASK_PASSWORD);
          continue;
        }
        if (buffer.length < 5) return;
        if (buffer[0] !== 0x70 /* 'p' */) return refuse('08P01', 'expected a password message');
        const length = buffer.readInt32BE(1);
        if (buffer.length < 1 + length) return;
        const password = buffer.subarray(5, 1 + length - 1).toString('utf8');
        const rest = buffer.subarray(1 + length);
        client.off('data', onData);
        if (!samePassword(password, expected)) {
          return refuse(
            '28P01',
            'password authentication failed: the embedded database serves TalentLoop only',
          );
        }
        return splice(client, startup, rest);
      }
    };
    client.on('data', onData);
  };

  const splice = (client: Socket, startup: Buffer, rest: Buffer) => {
    client.pause();
    const upstream = connect(options.upstreamPath);
    sockets.add(upstream);
    upstream.setNoDelay?.(true);
    upstream.on('close', () => {
      sockets.delete(upstream);
      client.destroy();
    });
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
    upstream.once('connect', () => {
      upstream.write(startup);
      if (rest.length) upstream.write(rest);
      client.pipe(upstream);
      upstream.pipe(client);
      client.resume();
    });
  };

  const server: Server = createServer(admit);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    host: options.host,
    port,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
