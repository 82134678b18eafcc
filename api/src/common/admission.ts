import type { ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, getNamedType, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';

/**
 * Admission control for one API process (issue 14, "the API never pushes back").
 *
 * Two bounds, both answered with a fast 503 + Retry-After instead of a 30 s client timeout:
 *  1. `maxInFlight` HTTP requests per process, checked before the body is read (bounds memory);
 *  2. per cost class, `concurrency` operations executing and at most `queue` waiting, each wait
 *     bounded by `maxWaitMs`; a request whose predicted wait (queue ahead × measured service
 *     time ÷ slots) already exceeds `maxWaitMs` is refused on arrival rather than after it. Classes have separate lanes so a 5 ms kpiSeries does not queue
 *     behind list pages, and analytics (which mostly waits on Cube, not on this CPU) does not
 *     hold the slots that list pages need.
 * A request whose client disconnects while it waits is dropped before it executes.
 */

export type CostClass = 'cheap' | 'expensive' | 'analytics' | 'write';
export const COST_CLASSES: readonly CostClass[] = ['cheap', 'expensive', 'analytics', 'write'];

export interface LaneLimits {
  /** Operations of this class executing at once. */
  concurrency: number;
  /** Operations of this class allowed to wait for a slot; one more is refused. */
  queue: number;
}

export interface AdmissionOptions {
  maxInFlight: number;
  /** Longest wait for a slot before the request is refused (it would be too late to be useful). */
  maxWaitMs: number;
  lanes: Record<CostClass, LaneLimits>;
}

/**
 * Defaults sized for one process on a small machine. Expensive reads are CPU-bound in this
 * process and PostgreSQL, so few run at once; analytics waits on Cube's I/O, so many may.
 */
export function defaultAdmissionOptions(
  overrides: Partial<Pick<AdmissionOptions, 'maxInFlight' | 'maxWaitMs'>> = {},
): AdmissionOptions {
  return {
    maxInFlight: overrides.maxInFlight ?? 512,
    maxWaitMs: overrides.maxWaitMs ?? 5000,
    lanes: {
      cheap: { concurrency: 16, queue: 128 },
      expensive: { concurrency: 4, queue: 64 },
      analytics: { concurrency: 24, queue: 128 },
      write: { concurrency: 4, queue: 64 },
    },
  };
}

/** Refused for load: becomes HTTP 503 with Retry-After. */
export class OverloadedError extends Error {
  constructor(
    readonly retryAfterSeconds: number,
    readonly reason: 'IN_FLIGHT' | 'QUEUE_FULL' | 'QUEUE_TIMEOUT',
  ) {
    super('The server is busy; retry after the time in Retry-After');
  }
}

/** The client went away before the request ran: nothing is executed. */
export class ClientGoneError extends Error {
  constructor() {
    super('The client closed the connection');
  }
}

interface Waiter {
  resolve(): void;
  reject(error: Error): void;
}

/** Service times measured before a lane predicts waits (the first ones include warm-up). */
const MIN_SERVICE_SAMPLES = 5;

/** A FIFO semaphore with a bounded queue and a service-time estimate for Retry-After. */
class Lane {
  active = 0;
  private readonly waiting: Waiter[] = [];
  /** Exponentially weighted mean of how long an admitted operation held its slot. */
  private serviceMs = 50;
  /** Exponentially weighted mean absolute deviation of the same (as TCP's RTT variance). */
  private serviceDevMs = 0;
  /** Slots released so far: the mean means something after a few. */
  private samples = 0;

  constructor(readonly limits: LaneLimits) {}

  get queued(): number {
    return this.waiting.length;
  }

  /** Seconds until a newcomer would likely get a slot (at least 1, at most 30). */
  retryAfter(): number {
    const ahead = this.waiting.length + 1;
    return Math.min(30, Math.max(1, Math.ceil((ahead * this.serviceMs) / this.limits.concurrency / 1000)));
  }

  /**
   * How long a newcomer would likely wait for a slot: the operations ahead of it times the
   * service time (mean plus one mean deviation, so a rising load is not underestimated), over
   * the slots. 0 until a few operations have been measured.
   */
  expectedWaitMs(): number {
    if (this.samples < MIN_SERVICE_SAMPLES) return 0;
    return ((this.waiting.length + 1) * (this.serviceMs + this.serviceDevMs)) / this.limits.concurrency;
  }

  acquire(signal: AbortSignal, maxWaitMs: number): Promise<void> {
    if (signal.aborted) return Promise.reject(new ClientGoneError());
    if (this.active < this.limits.concurrency) {
      this.active++;
      return Promise.resolve();
    }
    // Refused at once, not after waiting out the budget: past capacity a client gets its 503 in
    // microseconds instead of after maxWaitMs (issue 14, "only fast 503s"). The queue is bounded
    // by time (the wait it predicts) as well as by length.
    if (this.waiting.length >= this.limits.queue || this.expectedWaitMs() > maxWaitMs)
      return Promise.reject(new OverloadedError(this.retryAfter(), 'QUEUE_FULL'));
    return new Promise<void>((resolve, reject) => {
      const settle = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        const i = this.waiting.indexOf(waiter);
        if (i >= 0) this.waiting.splice(i, 1);
      };
      const waiter: Waiter = {
        resolve: () => {
          settle();
          resolve();
        },
        reject: (error) => {
          settle();
          reject(error);
        },
      };
      const onAbort = () => waiter.reject(new ClientGoneError());
      const timer = setTimeout(
        () => waiter.reject(new OverloadedError(this.retryAfter(), 'QUEUE_TIMEOUT')),
        maxWaitMs,
      );
      signal.addEventListener('abort', onAbort, { once: true });
      this.waiting.push(waiter);
    });
  }

  release(heldMs: number): void {
    if (this.samples === 0) this.serviceMs = heldMs;
    else {
      this.serviceDevMs = this.serviceDevMs * 0.9 + Math.abs(heldMs - this.serviceMs) * 0.1;
      this.serviceMs = this.serviceMs * 0.9 + heldMs * 0.1;
    }
    this.samples++;
    const next = this.waiting.shift();
    // The slot passes straight to the next waiter, so `active` stays as it is.
    if (next) next.resolve();
    else this.active--;
  }
}

export interface AdmissionStats {
  pid: number;
  inFlight: number;
  maxInFlight: number;
  lanes: Record<CostClass, { active: number; queued: number } & LaneLimits>;
  admitted: Record<CostClass, number>;
  refused: { inFlight: number; queueFull: number; queueTimeout: number };
  clientGone: number;
}

/** One request's passage through admission; `release()` is idempotent. */
export class AdmissionTicket {
  private lane: { lane: Lane; since: number } | null = null;
  private released = false;
  private readonly abort = new AbortController();

  constructor(private readonly owner: Admission) {}

  get signal(): AbortSignal {
    return this.abort.signal;
  }

  /** The client disconnected: a waiting acquire fails and nothing more is executed. */
  clientGone(): void {
    this.abort.abort();
  }

  /** Waits for a slot in the operation's cost class (throws OverloadedError / ClientGoneError). */
  async acquire(costClass: CostClass): Promise<void> {
    if (this.lane || this.released) return;
    try {
      await this.owner.lane(costClass).acquire(this.signal, this.owner.options.maxWaitMs);
    } catch (error) {
      this.owner.count(error);
      throw error;
    }
    this.owner.stats.admitted[costClass]++;
    this.lane = { lane: this.owner.lane(costClass), since: performance.now() };
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    if (this.lane) this.lane.lane.release(performance.now() - this.lane.since);
    this.lane = null;
    this.owner.leave();
  }
}

export class Admission {
  readonly stats: Omit<AdmissionStats, 'pid' | 'inFlight' | 'maxInFlight' | 'lanes'> = {
    admitted: { cheap: 0, expensive: 0, analytics: 0, write: 0 },
    refused: { inFlight: 0, queueFull: 0, queueTimeout: 0 },
    clientGone: 0,
  };
  private inFlight = 0;
  private readonly lanes: Record<CostClass, Lane>;

  constructor(readonly options: AdmissionOptions = defaultAdmissionOptions()) {
    this.lanes = {
      cheap: new Lane(options.lanes.cheap),
      expensive: new Lane(options.lanes.expensive),
      analytics: new Lane(options.lanes.analytics),
      write: new Lane(options.lanes.write),
    };
  }

  lane(costClass: CostClass): Lane {
    return this.lanes[costClass];
  }

  /**
   * Admits an HTTP request into the process, or returns an OverloadedError to answer with
   * right away. The ticket's signal fires when the client disconnects before the response ends.
   */
  enter(res: ServerResponse): AdmissionTicket | OverloadedError {
    if (this.inFlight >= this.options.maxInFlight) {
      this.stats.refused.inFlight++;
      return new OverloadedError(1, 'IN_FLIGHT');
    }
    this.inFlight++;
    const ticket = new AdmissionTicket(this);
    // 'close' before the response finished = the client hung up (or timed out) on us.
    res.once('close', () => {
      if (!res.writableFinished) ticket.clientGone();
    });
    return ticket;
  }

  leave(): void {
    this.inFlight--;
  }

  count(error: unknown): void {
    if (error instanceof ClientGoneError) this.stats.clientGone++;
    else if (error instanceof OverloadedError)
      this.stats.refused[error.reason === 'QUEUE_FULL' ? 'queueFull' : 'queueTimeout']++;
  }

  snapshot(): AdmissionStats {
    const lanes = {} as AdmissionStats['lanes'];
    for (const c of COST_CLASSES)
      lanes[c] = { active: this.lanes[c].active, queued: this.lanes[c].queued, ...this.lanes[c].limits };
    return {
      pid: process.pid,
      inFlight: this.inFlight,
      maxInFlight: this.options.maxInFlight,
      lanes,
      admitted: { ...this.stats.admitted },
      refused: { ...this.stats.refused },
      clientGone: this.stats.clientGone,
    };
  }
}

/**
 * Root fields that cost far more than their shape suggests (measured, docs/performance.md):
 * growthArchive gathers a person's whole history; the report and ranking evaluate rules.
 */
const EXPENSIVE_ROOT_FIELDS: ReadonlySet<string> = new Set([
  'growthArchive',
  'promotionReport',
  'awardCampaignRanking',
  'promotionCandidates',
  'teamAlerts',
]);

/**
 * The cost class of an operation, from its root fields: a mutation is a write; `analytics`
 * waits on Cube; a root field returning a page of rows (a *Connection) or one of the measured
 * expensive fields makes the read expensive; everything else (one object, a short series,
 * reference lists) is cheap. The costliest root field decides.
 */
export function classifyOperation(schema: GraphQLSchema, operation: OperationDefinitionNode): CostClass {
  if (operation.operation === 'mutation') return 'write';
  const root = operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  const fields = root?.getFields() ?? {};
  let costClass: CostClass = 'cheap';
  for (const selection of operation.selectionSet.selections) {
    // Fragments at the root are rare; judge them expensive rather than look inside.
    if (selection.kind !== 'Field') return 'expensive';
    const name = selection.name.value;
    if (name.startsWith('__')) continue;
    if (EXPENSIVE_ROOT_FIELDS.has(name)) return 'expensive';
    const field = fields[name];
    if (field && getNamedType(field.type).name.endsWith('Connection')) return 'expensive';
    if (name === 'analytics') costClass = 'analytics';
  }
  return costClass;
}

/** The GraphQL error an overload becomes: code SERVICE_UNAVAILABLE, HTTP 503, Retry-After. */
export function overloadedGraphQLError(error: OverloadedError): GraphQLError {
  return new GraphQLError(error.message, {
    extensions: {
      code: 'SERVICE_UNAVAILABLE',
      http: { status: 503, headers: new HeaderMap([['retry-after', String(error.retryAfterSeconds)]]) },
    },
  });
}

/** The same refusal for a request turned away before GraphQL (body not read). */
export function sendOverloaded(res: ServerResponse, error: OverloadedError): void {
  res.statusCode = 503;
  res.setHeader('retry-after', String(error.retryAfterSeconds));
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(
    JSON.stringify({ errors: [{ message: error.message, extensions: { code: 'SERVICE_UNAVAILABLE' } }] }),
  );
}

/**
 * Where a request's ticket travels with its GraphQL context. A symbol-keyed property, not a
 * WeakMap on the context object: Apollo hands plugins a shallow copy of the context.
 */
const TICKET = Symbol('admission ticket');

export function attachTicket<TContext extends object>(context: TContext, ticket: AdmissionTicket): TContext {
  (context as { [TICKET]?: AdmissionTicket })[TICKET] = ticket;
  return context;
}

function ticketOf(context: object): AdmissionTicket | undefined {
  return (context as { [TICKET]?: AdmissionTicket })[TICKET];
}

/**
 * Apollo plugin: once the operation is known (parsed and validated, cheap), wait for a slot
 * in its cost class. Requests without a ticket (executeOperation in tests) are not limited.
 */
export function admissionPlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation, schema }) {
          const ticket = ticketOf(contextValue);
          if (!ticket || !operation) return;
          try {
            await ticket.acquire(classifyOperation(schema, operation));
          } catch (error) {
            if (error instanceof OverloadedError) throw overloadedGraphQLError(error);
            if (error instanceof ClientGoneError)
              throw new GraphQLError(error.message, {
                extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } },
              });
            throw error;
          }
        },
      };
    },
  };
}
