/**
 * The child side of `pnpm start`'s process model (scripts/supervisor.ts): an API worker, the
 * outbox worker or a Cube process started as its own Node process. It tells the supervisor
 * when it is ready (IPC message), stops on SIGTERM/SIGINT within a bounded time, and exits when
 * the supervisor disappears (IPC disconnect) so no orphan keeps a port or a database session.
 */

export interface ServiceMessage {
  type: 'ready' | 'failed';
  service: string;
  url?: string;
  error?: string;
}

export interface RunningService {
  url?: string;
  stop(): Promise<void>;
}

/** A child must be gone within this long of being asked to stop (the supervisor waits 4.5 s). */
const STOP_WITHIN_MS = 3500;

export async function runServiceProcess(name: string, start: () => Promise<RunningService>): Promise<void> {
  let service: RunningService | null = null;
  let stopping = false;
  const stop = (code: number) => {
    if (stopping) return;
    stopping = true;
    // A stop that hangs (a stuck query, a client that never reads) must not outlive the budget.
    setTimeout(() => process.exit(code), STOP_WITHIN_MS).unref();
    void (service?.stop() ?? Promise.resolve())
      .catch((error: unknown) => console.error(`${name}: stop failed: ${String(error)}`))
      .finally(() => process.exit(code));
  };
  // Ctrl-C in a terminal signals the whole process group, children included: same path.
  process.on('SIGTERM', () => stop(0));
  process.on('SIGINT', () => stop(0));
  process.on('disconnect', () => stop(0));
  try {
    service = await start();
    send({ type: 'ready', service: name, ...(service.url ? { url: service.url } : {}) });
    if (stopping) await service.stop();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    send({ type: 'failed', service: name, error: message });
    console.error(`${name}: start-up failed: ${message}`);
    process.exit(1);
  }
}

function send(message: ServiceMessage): void {
  process.send?.(message);
}
