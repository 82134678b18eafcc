import type { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * pglite-socket (0.2.x) serves many connections from one PGlite session and queues their
 * protocol messages one message at a time; it keeps a connection's messages together only
 * inside a transaction. Outside one, two clients using the extended protocol (every
 * parameterised query of `pg`, i.e. MikroORM and Cube) interleave: client A's Parse, client
 * B's Parse (replacing the unnamed statement), client A's Bind → A's parameters bound to B's
 * SQL ("invalid input syntax for type bigint"), or wrong rows returned silently.
 *
 * This keeps each extended-protocol exchange whole: after a Parse/Bind/Describe/Execute/
 * Close/Flush from a connection, only that connection's messages run until its Sync (or a
 * simple Query) ends the exchange. The transaction pinning of the original is kept.
 */

interface QueuedMessage {
  handlerId: number;
  message: Uint8Array;
  onData(data: Uint8Array): void;
  resolve(bytes: number): void;
  reject(error: unknown): void;
}

interface QueryQueue {
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  db: {
    isInTransaction(): boolean;
    runExclusive<T>(fn: () => Promise<T>): Promise<T>;
    execProtocolRawStream(
      message: Uint8Array,
      options: { onRawData(data: Uint8Array): void },
    ): Promise<unknown>;
  };
  processQueue(): Promise<void>;
  clearQueueForHandler(handlerId: number): void;
}

/** Message types that open or continue an extended-protocol exchange (Sync 'S' closes it). */
const EXCHANGE = new Set(['P', 'B', 'D', 'E', 'C', 'H'].map((c) => c.charCodeAt(0)));

export function lockExtendedProtocol(server: PGLiteSocketServer): void {
  const queue = (server as unknown as { queryQueue?: QueryQueue }).queryQueue;
  if (!queue || typeof queue.processQueue !== 'function') {
    throw new Error('pglite-socket internals changed: re-check lockExtendedProtocol against the new version');
  }
  /** The connection whose exchange is open, if any. */
  let owner: number | null = null;

  queue.processQueue = async function processQueue(this: QueryQueue) {
    if (this.processing || this.queue.length === 0) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const holder = owner ?? (this.db.isInTransaction() ? this.lastHandlerId : null);
        const index = holder === null ? 0 : this.queue.findIndex((q) => q.handlerId === holder);
        // The holder's next message is not here yet: wait for it (its enqueue restarts us).
        if (index === -1) break;
        const [item] = this.queue.splice(index, 1);
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item!.message, {
              onRawData: (data) => {
                bytes += data.length;
                item!.onData(data);
              },
            }),
          );
        } catch (error) {
          owner = null;
          item!.reject(error);
          continue;
        }
        owner = EXCHANGE.has(item!.message[0]!) ? item!.handlerId : null;
        this.lastHandlerId = item!.handlerId;
        item!.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  };

  const clear = queue.clearQueueForHandler.bind(queue);
  queue.clearQueueForHandler = (handlerId: number) => {
    clear(handlerId);
    // A client that disconnects mid-exchange must not hold everyone else up.
    if (owner === handlerId) {
      owner = null;
      void queue.processQueue();
    }
  };
}
