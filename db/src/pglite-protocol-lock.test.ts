import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import type { PGlite } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { lockExtendedProtocol } from './pglite-protocol-lock';

/** A stand-in PGlite that records the order in which protocol messages reach it. */
function recordingDb(order: string[]) {
  return {
    waitReady: Promise.resolve(),
    isInTransaction: () => false,
    runExclusive: <T>(fn: () => Promise<T>) => fn(),
    async execProtocolRawStream(message: Uint8Array) {
      order.push(new TextDecoder().decode(message));
    },
  } as unknown as PGlite;
}

/** Two clients' extended-protocol exchanges arriving interleaved, as on a busy server. */
async function replay(lock: boolean): Promise<string[]> {
  const order: string[] = [];
  const server = new PGLiteSocketServer({ db: recordingDb(order) });
  if (lock) lockExtendedProtocol(server);
  const queue = (
    server as unknown as {
      queryQueue: { enqueue(id: number, m: Uint8Array, cb: () => void): Promise<number> };
    }
  ).queryQueue;
  const send = (id: number, text: string) => queue.enqueue(id, new TextEncoder().encode(text), () => {});
  // Parse, Bind, Execute, Sync per client; message type is the first byte.
  await Promise.all([
    send(1, 'P1'),
    send(2, 'P2'),
    send(1, 'B1'),
    send(2, 'B2'),
    send(1, 'E1'),
    send(1, 'S1'),
    send(2, 'E2'),
    send(2, 'S2'),
  ]);
  return order;
}

describe('lockExtendedProtocol', () => {
  it("runs one connection's Parse … Sync as a whole before another connection's", async () => {
    expect(await replay(true)).toEqual(['P1', 'B1', 'E1', 'S1', 'P2', 'B2', 'E2', 'S2']);
  });

  it("is needed: without it the exchanges interleave (client 1 would bind client 2's statement)", async () => {
    expect(await replay(false)).toEqual(['P1', 'P2', 'B1', 'B2', 'E1', 'S1', 'E2', 'S2']);
  });
});
