import type { EntityManager, MikroORM } from '@mikro-orm/core';
import { ReferenceKind } from '@mikro-orm/core';
import { IntegrationScope, Role, type Viewer } from './viewer';

/** Name of the MikroORM filter that enforces row scope. */
export const SCOPE_FILTER = 'scope';

/**
 * Row scope of one request, stored with `em.setFilterParams(SCOPE_FILTER, …)` on the request's
 * forked EntityManager. Every em.find / findOne / count / loader query on a scoped entity gets
 * the matching WHERE condition from the filter — resolvers never filter rows themselves.
 */
export interface ScopeParams {
  kind: 'all' | 'none' | 'self' | 'subtree';
  employeeId?: number;
  departmentId?: number;
  /**
   * Materialised path of departmentId ('/1/4/'), resolved in buildContext(). Plain data on
   * purpose: MikroORM deep-copies filter params into transactional forks.
   */
  departmentPath?: string;
  /**
   * Set per statement by Loaders.manyBy (never per request): the batch's foreign-key values
   * when an owned entity is loaded by its owner property (enrollments by employee …). The
   * filter then also restricts the joined owner to these ids. Redundant for the result (the
   * batch's WHERE already holds `owner_id in (…ids)`), but PostgreSQL does not carry an IN
   * list across a join: without it, a subtree scope plans a hash of the whole subtree's
   * employees for every child batch (bench/reports/api-findings-2026-11-27.md: 49 → 2.4 ms).
   */
  batch?: ScopeBatch;
}

/** See ScopeParams.batch. */
export interface ScopeBatch {
  entity: string;
  property: string;
  ids: readonly number[];
}

export function scopeFor(viewer: Viewer | null): ScopeParams {
  if (!viewer) return { kind: 'none' };
  switch (viewer.role) {
    case Role.HR:
    case Role.EXECUTIVE:
      return { kind: 'all' };
    case Role.MANAGER:
      return viewer.departmentId === null
        ? { kind: 'none' }
        : { kind: 'subtree', departmentId: viewer.departmentId };
    case Role.EMPLOYEE:
      return viewer.employeeId === null ? { kind: 'none' } : { kind: 'self', employeeId: viewer.employeeId };
    case Role.INTEGRATION:
      if (!viewer.scopes.includes(IntegrationScope.ARCHIVE_READ)) return { kind: 'none' };
      // An integration token may be limited to one department subtree by its departmentId claim.
      return viewer.departmentId === null
        ? { kind: 'all' }
        : { kind: 'subtree', departmentId: viewer.departmentId };
    default:
      return { kind: 'none' };
  }
}

/** Entities that carry an `employee` relation but are not archive rows. */
const NOT_SCOPED_BY_EMPLOYEE = new Set(['AppUser', 'KpiObservation', 'AuditLog', 'DomainEvent']);

/** The many-to-one that makes a row belong to a person: archive rows, tasks, notifications. */
const OWNER_PROPERTIES = ['employee', 'assignee', 'recipient'];

type Cond = Record<string, unknown>;

const NOTHING: Cond = { id: { $in: [] } };

/** Resolves the subtree root's path (one statement per request, only for subtree scopes). */
export async function resolveScope(params: ScopeParams, em: EntityManager): Promise<ScopeParams> {
  if (params.kind !== 'subtree') return params;
  const rows = await em
    .getConnection()
    .execute<{ path: string }[]>('select path from department where id = ?', [params.departmentId]);
  const path = rows[0]?.path;
  return path ? { ...params, departmentPath: path } : { kind: 'none' };
}

/** The condition on Employee rows for this scope; null = unrestricted. */
function employeeCondition(params: ScopeParams): Cond | null {
  switch (params.kind) {
    case 'all':
      return null;
    case 'self':
      return { id: params.employeeId };
    case 'subtree':
      return params.departmentPath
        ? { department: { path: { $like: `${params.departmentPath}%` } } }
        : NOTHING;
    default:
      return NOTHING;
  }
}

/**
 * Registers the scope filter on the ORM's root EntityManager (forks inherit it). Scoped:
 * Employee itself, every entity owned by a person through an `employee`, `assignee` or
 * `recipient` many-to-one (enrollments, cases, reviews, feedback, improvement plans, impacts,
 * promotion applications, nominations, tasks, notifications … — detected from metadata so new
 * tables are covered without touching this file), knowledge citations
 * (through their case) and KPI observations (employee rows, or production-line rows through
 * their owning department).
 *
 * A fork without params (system jobs such as the outbox processor) is unrestricted; every
 * request fork gets params in buildContext(), and an anonymous request gets 'none'.
 */
export function registerScopeFilter(orm: MikroORM): void {
  const metas = Object.values(orm.getMetadata().getAll());
  const owned = new Map<string, string>();
  for (const meta of metas) {
    if (NOT_SCOPED_BY_EMPLOYEE.has(meta.className)) continue;
    const owner = OWNER_PROPERTIES.find((name) => {
      const prop = meta.properties[name];
      return prop && prop.kind === ReferenceKind.MANY_TO_ONE && prop.type === 'Employee';
    });
    if (owner) owned.set(meta.className, owner);
  }
  const entities = ['Employee', 'KnowledgeCitation', 'KpiObservation', ...owned.keys()].filter((name) =>
    orm.getMetadata().has(name),
  );
  orm.em.addFilter(
    SCOPE_FILTER,
    (
      args: ScopeParams | undefined,
      _type: unknown,
      _em: EntityManager,
      _options: unknown,
      entityName?: string,
    ) => {
      if (!args || args.kind === 'all') return {};
      if (args.kind === 'none') return NOTHING;
      const employee = employeeCondition(args);
      if (employee === null) return {};
      const batch = args.batch?.entity === entityName ? args.batch : undefined;
      const ownerOf = (prop: string) => {
        if (args.kind === 'self') return { [prop]: args.employeeId };
        // The owner join restricted to the batch's ids as well (see ScopeParams.batch).
        if (batch?.property === prop) return { [prop]: { id: { $in: [...batch.ids] }, ...employee } };
        return { [prop]: employee };
      };
      const ownedBy = ownerOf('employee');
      switch (entityName) {
        case 'Employee':
          return employee;
        // Adopted cases form the shared knowledge base: readable by everyone with any scope
        // (their author's archive stays scoped — PracticeCase.employee resolves to null).
        case 'PracticeCase':
          return { $or: [ownedBy, { adoptedAt: { $ne: null } }] };
        case 'KnowledgeCitation':
          return { practiceCase: { $or: [ownedBy, { adoptedAt: { $ne: null } }] } };
        case 'KpiObservation': {
          if (args.kind !== 'subtree' || !args.departmentPath) return ownedBy;
          return { $or: [ownedBy, { department: { path: { $like: `${args.departmentPath}%` } } }] };
        }
        default:
          return ownerOf(owned.get(entityName ?? '') ?? 'employee');
      }
    },
    entities,
    { default: true, args: false },
  );
}
