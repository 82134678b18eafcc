import {
  CheckConstraintViolationException,
  NotNullConstraintViolationException,
  Reference,
  UniqueConstraintViolationException,
  Utils,
  type EntityClass,
  type EntityManager,
} from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import type { Viewer } from '../../auth/viewer';
import { writePrefix } from '../../auth/write-scope';
import { badInput, conflict, type ErrorCode, type FieldProblem } from '../../common/errors';
import { fromGlobalId } from '../../common/relay';
import { inTransaction, recordAudit } from '../audit/audit.service';

// The one write path of master data (issue 13): every entity's single mutation and its nightly
// bulk `upsert…s` run through syncRows(). Rows are keyed by (sourceSystem, externalId) — or by a
// global `id` for rows created before the sync — validated on their own, and reported CREATED /
// UPDATED / UNCHANGED / ERROR with the code and field at fault, like the KPI feed. A row whose
// values equal the stored ones writes nothing and no audit row, so a replayed batch is a no-op.

export const MAX_SYNC_BATCH = 1000;
const MAX_KEY_LENGTH = 200;

export type SyncStatus = 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'REMOVED' | 'ERROR';

export interface SyncProblem extends FieldProblem {
  code: ErrorCode;
}

export interface SyncRowResult {
  index: number;
  status: SyncStatus;
  typeName: string;
  databaseId: number | null;
  sourceSystem: string | null;
  externalId: string | null;
  problems: SyncProblem[];
}

/** What every synced row carries: its key. */
export interface KeyedInput {
  id?: string | null;
  sourceSystem?: string | null;
  externalId?: string | null;
}

type Entity = { id: number; externalId?: string | null; sourceSystem?: string | null };
export type Values = Record<string, unknown>;

/** Reports problems of one row; `field` is relative to the row (`code`, `departmentId` …). */
export class RowReport {
  readonly problems: SyncProblem[] = [];
  constructor(
    readonly index: number,
    /** `input` for a single mutation, `input[3]` for a batch row. */
    readonly base: string,
  ) {}

  field(name: string): string {
    return `${this.base}.${name}`;
  }

  add(code: ErrorCode, name: string, message: string): void {
    this.problems.push({ code, field: this.field(name), message });
  }

  bad(name: string, message: string): void {
    this.add('BAD_USER_INPUT', name, message);
  }

  get ok(): boolean {
    return this.problems.length === 0;
  }
}

/** Entities found by id or by external key, for references between rows (one statement per kind). */
export class RefIndex<E extends Entity> {
  private readonly byId = new Map<number, E>();
  private readonly byKey = new Map<string, E>();

  constructor(
    readonly entity: EntityClass<E>,
    readonly typeName: string,
  ) {}

  getById(id: number): E | undefined {
    return this.byId.get(id);
  }

  getByKey(sourceSystem: string, externalId: string): E | undefined {
    return this.byKey.get(keyOf(sourceSystem, externalId));
  }

  add(row: E): void {
    if (row.id) this.byId.set(row.id, row);
    if (row.sourceSystem && row.externalId) this.byKey.set(keyOf(row.sourceSystem, row.externalId), row);
  }

  /**
   * Loads every row named by `refs` — unscoped: existence is checked here, and write scope
   * is the caller's (a writer may name a department it cannot read through the row filter).
   */
  async load(
    tx: EntityManager,
    refs: { id?: string | null; externalId?: string | null; sourceSystem?: string | null }[],
    populate: string[] = [],
  ): Promise<void> {
    const ids = new Set<number>();
    const keys = new Map<string, Set<string>>();
    for (const ref of refs) {
      const parsed = ref.id ? fromGlobalId(ref.id) : null;
      // An id beyond the integer column's range names no row (and must not reach the SQL).
      if (parsed?.type === this.typeName && parsed.id <= 2_147_483_647) ids.add(parsed.id);
      if (ref.externalId && ref.sourceSystem) {
        const set = keys.get(ref.sourceSystem) ?? new Set<string>();
        set.add(ref.externalId);
        keys.set(ref.sourceSystem, set);
      }
    }
    const or: Record<string, unknown>[] = [];
    if (ids.size) or.push({ id: { $in: [...ids] } });
    for (const [sourceSystem, set] of keys) or.push({ sourceSystem, externalId: { $in: [...set] } });
    if (!or.length) return;
    const rows = await tx.find(this.entity, { $or: or } as never, {
      filters: false,
      populate: populate as never,
    });
    for (const row of rows) this.add(row as E);
  }

  /**
   * The row a reference names: `<name>Id` (a global id) or `<name>ExternalId` in the row's
   * source system. Missing → undefined (not given); unknown → null with a NOT_FOUND problem.
   */
  resolve(
    r: RowReport,
    name: string,
    id: string | null | undefined,
    externalId: string | null | undefined,
    sourceSystem: string | null | undefined,
  ): E | null | undefined {
    if (id) {
      const parsed = fromGlobalId(id);
      if (parsed?.type !== this.typeName) {
        r.bad(`${name}Id`, `must be a ${this.typeName} id`);
        return null;
      }
      const row = this.byId.get(parsed.id);
      if (!row) r.add('NOT_FOUND', `${name}Id`, `${this.typeName} not found`);
      return row ?? null;
    }
    if (externalId) {
      const row = sourceSystem ? this.byKey.get(keyOf(sourceSystem, externalId)) : undefined;
      if (!row) r.add('NOT_FOUND', `${name}ExternalId`, `no ${this.typeName} with this external id`);
      return row ?? null;
    }
    return undefined;
  }
}

const keyOf = (sourceSystem: string, externalId: string) => `${sourceSystem}\u0000${externalId}`;

/** Per-batch state a spec may use: the transaction, references, the writer's subtree. */
export interface SyncBatch {
  tx: EntityManager;
  viewer: Viewer;
  /** Department path the writer is limited to; null = anywhere. */
  prefix: string | null;
}

export interface SyncSpec<I extends KeyedInput, E extends Entity> {
  entity: EntityClass<E>;
  typeName: string;
  /** Audit action prefix, e.g. `department` → department.create / department.update. */
  action: string;
  /**
   * Company-wide master data (positions, courses, campaigns): only writers without a department
   * limit may change it. Department-owned data (departments, employees, lines) lists its paths.
   */
  companyWide: boolean;
  /** Columns unique across the table besides the key (e.g. `code`), checked before writing. */
  unique: (keyof E & string)[];
  /** Relations of existing rows the spec reads (e.g. `department` for scope paths). */
  populate?: string[];
  /** Batch look-ups of the references the rows name. */
  prepare?(batch: SyncBatch, rows: I[]): Promise<void>;
  /** The wanted column values; reports problems on `r`. Missing fields keep the stored value. */
  values(batch: SyncBatch, row: I, r: RowReport, existing: E | null): Values;
  /** Paths of the departments the row touches (before and after), checked against the limit. */
  paths?(values: Values, existing: E | null): { field: string; path: string }[];
  /** Runs before a new row is persisted (e.g. reserve the id a department's path needs). */
  beforeCreate?(batch: SyncBatch, values: Values): Promise<void>;
  /** Runs after an existing row changed (e.g. move a department's subtree). */
  afterUpdate?(batch: SyncBatch, row: E, before: Values): Promise<void>;
  /** Why a stored row takes no changes (a closed campaign); checked only when something changes. */
  locked?(existing: E): string | null;
  /** Makes rows created by this batch referable by later rows of the same batch. */
  created?(row: E): void;
}

/** Plain values for comparison: references by id, dates and decimals as stored text. */
function comparable(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object') {
    // Relations compare by id (a row created earlier in the batch has none until the flush).
    if (Reference.isReference(value) || Utils.isEntity(value)) return (value as Entity).id ?? null;
    return stableJson(value);
  }
  return value ?? null;
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

function plain(values: Values): Values {
  const out: Values = {};
  for (const [key, value] of Object.entries(values)) {
    const v = comparable(value);
    // JSON columns were compared as canonical text; the audit row keeps them as JSON.
    out[key] =
      typeof v === 'string' &&
      value !== null &&
      typeof value === 'object' &&
      !(value instanceof Date) &&
      !Reference.isReference(value) &&
      !Utils.isEntity(value)
        ? value
        : v;
  }
  return out;
}

function changes(existing: Entity, values: Values): { before: Values; after: Values } {
  const before: Values = {};
  const after: Values = {};
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    const current = comparable((existing as Record<string, unknown>)[key]);
    const wanted = comparable(value);
    // A new row made earlier in this batch has no id yet: compare the objects themselves.
    const same =
      current === wanted ||
      (value !== null && typeof value === 'object' && (existing as Record<string, unknown>)[key] === value);
    if (!same) {
      before[key] = current;
      after[key] = value;
    }
  }
  return { before, after };
}

function checkKey(row: KeyedInput, r: RowReport): void {
  for (const name of ['sourceSystem', 'externalId'] as const) {
    const value = row[name];
    if (value != null && (!value.trim() || value.length > MAX_KEY_LENGTH))
      r.bad(name, `must be 1–${MAX_KEY_LENGTH} characters`);
  }
  if (!row.id && !(row.sourceSystem && row.externalId))
    r.bad(row.sourceSystem ? 'externalId' : 'sourceSystem', 'give sourceSystem and externalId (or id)');
  if (!!row.sourceSystem !== !!row.externalId)
    r.bad(row.sourceSystem ? 'externalId' : 'sourceSystem', 'sourceSystem and externalId go together');
}

interface Pending<E> {
  row: E;
  index: number;
  action: 'create' | 'update';
  before: Values | null;
  after: Values;
}

/** Loads the stored rows the batch names, by id and by external key. */
async function existingRows<I extends KeyedInput, E extends Entity>(
  batch: SyncBatch,
  spec: SyncSpec<I, E>,
  rows: I[],
): Promise<RefIndex<E>> {
  const index = new RefIndex(spec.entity, spec.typeName);
  await index.load(batch.tx, rows, spec.populate);
  return index;
}

/** Stored rows holding the unique values the batch sets (`code` …): a clash is a CONFLICT. */
async function uniqueHolders<E extends Entity>(
  batch: SyncBatch,
  spec: SyncSpec<KeyedInput, E>,
  wanted: Map<string, Set<unknown>>,
): Promise<Map<string, E>> {
  const holders = new Map<string, E>();
  for (const column of spec.unique) {
    const values = [...(wanted.get(column) ?? [])];
    if (!values.length) continue;
    const rows = await batch.tx.find(spec.entity, { [column]: { $in: values } } as never, { filters: false });
    for (const row of rows) holders.set(`${column}\u0000${String((row as Values)[column])}`, row as E);
  }
  return holders;
}

function findExisting<E extends Entity>(index: RefIndex<E>, row: KeyedInput, r: RowReport): E | null {
  if (row.id) {
    const parsed = fromGlobalId(row.id);
    if (parsed?.type !== index.typeName) {
      r.bad('id', `must be a ${index.typeName} id`);
      return null;
    }
    const stored = index.getById(parsed.id);
    if (!stored) r.add('NOT_FOUND', 'id', `${index.typeName} not found`);
    return stored ?? null;
  }
  return index.getByKey(row.sourceSystem!, row.externalId!) ?? null;
}

/**
 * Validates and writes `rows` in one transaction. Rows with problems are reported ERROR and not
 * written; the others are. `throwFirst` (single mutations) turns the first problem into the
 * GraphQL error of its code instead.
 */
export async function syncRows<I extends KeyedInput, E extends Entity>(
  em: EntityManager,
  viewer: Viewer,
  spec: SyncSpec<I, E>,
  rows: I[],
  options: { single?: boolean; mustExist?: boolean } = {},
): Promise<SyncRowResult[]> {
  if (!options.single) {
    if (rows.length === 0) throw badInput({ field: 'input', message: 'must contain at least one row' });
    if (rows.length > MAX_SYNC_BATCH)
      throw badInput({ field: 'input', message: `must contain at most ${MAX_SYNC_BATCH} rows` });
  }
  const results = await mapConstraints(() =>
    inTransaction(em, async (tx) => {
      const batch: SyncBatch = { tx, viewer, prefix: await writePrefix(tx, viewer) };
      const reports = rows.map((_, i) => new RowReport(i, options.single ? 'input' : `input[${i}]`));
      rows.forEach((row, i) => checkKey(row, reports[i]!));
      const existing = await existingRows(batch, spec, rows);
      await spec.prepare?.(batch, rows);
      // Unique values (code …) straight from the rows, so one look-up serves the whole batch.
      const wanted = new Map<string, Set<unknown>>();
      for (const row of rows)
        for (const column of spec.unique) {
          const value = (row as Record<string, unknown>)[column];
          if (typeof value === 'string' && value.trim())
            wanted.set(column, (wanted.get(column) ?? new Set()).add(value.trim()));
        }
      const holders = await uniqueHolders(batch, spec as SyncSpec<KeyedInput, E>, wanted);
      const pending: Pending<E>[] = [];
      const stored: (E | null)[] = rows.map(() => null);
      const seenKeys = new Set<string>();
      // Row by row, in order: a row may reference one created earlier in the batch (a parent).
      for (const [i, row] of rows.entries()) {
        const r = reports[i]!;
        if (!r.ok) continue;
        const key = row.id ?? keyOf(row.sourceSystem!, row.externalId!);
        if (seenKeys.has(key)) {
          r.add('CONFLICT', row.id ? 'id' : 'externalId', 'the same row appears earlier in this batch');
          continue;
        }
        seenKeys.add(key);
        const found = findExisting(existing, row, r);
        if (!r.ok) continue;
        // A row named by id may adopt an external key only if no other row holds it.
        const holder =
          row.id && row.sourceSystem && row.externalId
            ? existing.getByKey(row.sourceSystem, row.externalId)
            : undefined;
        if (holder && holder !== found) {
          r.add('CONFLICT', 'externalId', `another ${spec.typeName} has this external id`);
          continue;
        }
        if (!found && options.mustExist) {
          r.add('NOT_FOUND', 'externalId', `${spec.typeName} not found`);
          continue;
        }
        stored[i] = found;
        const values = spec.values(batch, row, r, found);
        if (!r.ok) continue;
        const written = await writeRow(batch, spec, row, r, found, values, holders);
        if (written) pending.push({ ...written, index: i });
      }
      await tx.flush();
      // After the flush: new rows (and rows referencing them) have their ids now.
      for (const p of pending)
        recordAudit(
          tx,
          viewer,
          `${spec.action}.${p.action}`,
          spec.typeName,
          p.row.id,
          p.before,
          plain(p.after),
        );
      return rows.map((row, i): SyncRowResult => {
        const r = reports[i]!;
        const p = pending.find((x) => x.index === i);
        const status: SyncStatus = !r.ok
          ? 'ERROR'
          : p
            ? p.action === 'create'
              ? 'CREATED'
              : 'UPDATED'
            : 'UNCHANGED';
        const entity = p?.row ?? stored[i];
        return {
          index: i,
          status,
          typeName: spec.typeName,
          databaseId: r.ok ? (entity?.id ?? null) : null,
          sourceSystem: entity?.sourceSystem ?? row.sourceSystem ?? null,
          externalId: entity?.externalId ?? row.externalId ?? null,
          problems: r.problems,
        };
      });
    }),
  );
  if (options.single && results[0]!.status === 'ERROR') throw problemError(results[0]!.problems);
  return results;
}

/**
 * A constraint the per-row checks do not foresee (e.g. a position name taken within its family)
 * rolls the batch back and answers CONFLICT, never an internal error.
 */
async function mapConstraints<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException)
      throw conflict(
        'A value of this batch is already taken by another row (unique constraint); nothing was written',
      );
    if (
      error instanceof CheckConstraintViolationException ||
      error instanceof NotNullConstraintViolationException
    )
      throw badInput({
        field: 'input',
        message: 'a row breaks a constraint of the table; nothing was written',
      });
    throw error;
  }
}

/** Scope, uniqueness, then create or update one valid row. Null = unchanged or refused. */
async function writeRow<I extends KeyedInput, E extends Entity>(
  batch: SyncBatch,
  spec: SyncSpec<I, E>,
  row: I,
  r: RowReport,
  stored: E | null,
  values: Values,
  holders: Map<string, E>,
): Promise<Omit<Pending<E>, 'index'> | null> {
  if (batch.prefix !== null) {
    if (spec.companyWide) {
      r.add('FORBIDDEN', row.id ? 'id' : 'externalId', `${spec.typeName} is company-wide master data`);
      return null;
    }
    for (const p of spec.paths?.(values, stored) ?? [])
      if (!p.path.startsWith(batch.prefix)) r.add('FORBIDDEN', p.field, 'outside your department subtree');
    if (!r.ok) return null;
  }
  for (const column of spec.unique) {
    const value = values[column];
    const holder = value == null ? undefined : holders.get(`${column}\u0000${String(value)}`);
    if (holder && holder !== stored) r.add('CONFLICT', column, `another ${spec.typeName} has this ${column}`);
  }
  if (!r.ok) return null;
  // A row found by id adopts the external key it is sent with (first sync of a legacy row).
  const key =
    row.sourceSystem && row.externalId ? { sourceSystem: row.sourceSystem, externalId: row.externalId } : {};
  const claimKey = (column: string) =>
    values[column] !== undefined && holders.set(`${column}\u0000${String(values[column])}`, entity!);
  let entity: E | null = stored;
  if (stored) {
    const { before, after } = changes(stored, { ...values, ...key });
    if (!Object.keys(after).length) return null;
    const lock = spec.locked?.(stored);
    if (lock) {
      r.add('CONFLICT', row.id ? 'id' : 'externalId', lock);
      return null;
    }
    const snapshot = { ...before };
    batch.tx.assign(
      stored,
      Object.fromEntries(Object.entries({ ...values, ...key }).filter(([, v]) => v !== undefined)) as never,
    );
    spec.unique.forEach(claimKey);
    await spec.afterUpdate?.(batch, stored, snapshot);
    return { row: stored, action: 'update', before, after };
  }
  const data = Object.fromEntries(Object.entries({ ...values, ...key }).filter(([, v]) => v !== undefined));
  await spec.beforeCreate?.(batch, data);
  entity = batch.tx.create(spec.entity, data as never) as E;
  spec.unique.forEach(claimKey);
  spec.created?.(entity);
  return { row: entity, action: 'create', before: null, after: data };
}

/** A single mutation's problems as one GraphQL error: the first problem's code, every field. */
export function problemError(problems: SyncProblem[]): GraphQLError {
  const code = problems[0]?.code ?? 'BAD_USER_INPUT';
  if (code === 'BAD_USER_INPUT') return badInput(problems.map(({ field, message }) => ({ field, message })));
  const message = problems.map((p) => `${p.field}: ${p.message}`).join('; ');
  return new GraphQLError(message, {
    extensions: { code, fields: problems.map((p) => p.field), problems },
  });
}
