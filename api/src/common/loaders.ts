import DataLoader from 'dataloader';
import type {
  EntityData,
  EntityFactory,
  EntityManager,
  EntityMetadata,
  EntityName,
  FilterQuery,
  QueryOrderMap,
} from '@mikro-orm/core';
import { helper, Utils } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';
import { SCOPE_FILTER, type ScopeParams } from '../auth/scope.filter';

type AnyEntity = { id: number };

/**
 * Per-request DataLoaders. Every batch is one statement on the request's forked EntityManager,
 * with the row-scope filter applied exactly as `em.find` applies it, so relation loads are
 * scoped like top-level queries, and a field resolved for N parents costs one statement, not N.
 *
 * Rows come back as read-only instances of the entity class (`read`): same prototype,
 * same property values and `Ref` relations as `em.find` would hydrate, but not registered in
 * the identity map and without MikroORM's per-entity change-tracking state. Loaders only
 * feed GraphQL field resolution (scalars, and `ref.id` for the next loader); building managed
 * entities cost ~35 µs of CPU per row plus the garbage it leaves (docs/performance.md), e.g.
 * ~40 ms for the ~1 000 enrollments of one 50-employee list page. Code that modifies and
 * flushes entities must load them with `em.find`/`em.findOne`, never through a loader.
 */
export class Loaders {
  private readonly cache = new Map<string, DataLoader<unknown, unknown>>();
  private factory: EntityFactory | undefined;

  constructor(private readonly em: EntityManager) {}

  private memo<K, V>(key: string, create: () => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.cache.get(key) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = create();
      this.cache.set(key, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }

  /** Rows by primary key; null when missing or outside the caller's scope. */
  byId<T extends AnyEntity>(entity: EntityName<T>): DataLoader<number, T | null> {
    return this.memo(
      `byId:${Utils.className(entity)}`,
      () =>
        new DataLoader<number, T | null>(async (ids) => {
          const rows = await this.read(entity, { id: { $in: [...ids] } } as unknown as FilterQuery<T>);
          const map = new Map(rows.map((row) => [row.id, row]));
          return ids.map((id) => map.get(id) ?? null);
        }),
    );
  }

  /** Children by a many-to-one foreign key (e.g. enrollments by employee), ordered. */
  manyBy<T extends object>(
    entity: EntityName<T>,
    foreignKey: string,
    orderBy: QueryOrderMap<T> = { id: 'asc' } as QueryOrderMap<T>,
    where: FilterQuery<T> = {} as FilterQuery<T>,
  ): DataLoader<number, T[]> {
    const className = Utils.className(entity);
    const key = `manyBy:${className}:${foreignKey}:${JSON.stringify(orderBy)}:${JSON.stringify(where)}`;
    return this.memo(
      key,
      () =>
        new DataLoader<number, T[]>(async (ids) => {
          const rows = await this.read(
            entity,
            { ...(where as object), [foreignKey]: { $in: [...ids] } } as FilterQuery<T>,
            orderBy,
            this.batchScope(className, foreignKey, ids),
          );
          const groups = new Map<number, T[]>(ids.map((id) => [id, []]));
          for (const row of rows) {
            const ref = (row as Record<string, unknown>)[foreignKey] as { id: number } | number | null;
            const fk = typeof ref === 'number' ? ref : ref?.id;
            if (fk !== undefined) groups.get(fk)?.push(row);
          }
          return ids.map((id) => groups.get(id) ?? []);
        }),
    );
  }

  /** Any other batched lookup (aggregates etc.); `name` identifies it within the request. */
  custom<K, V>(name: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    return this.memo(`custom:${name}`, () => new DataLoader<K, V>(batch));
  }

  /**
   * SELECT … WHERE where AND <active filters, with this EntityManager's params> ORDER BY
   * orderBy — the statement em.find would send — hydrated by MikroORM's own hydrator (same
   * type conversions and `Ref` wrappers as em.find) into read-only instances (see the class).
   */
  private async read<T extends object>(
    entity: EntityName<T>,
    where: FilterQuery<T>,
    orderBy?: QueryOrderMap<T>,
    scope?: ScopeParams,
  ): Promise<T[]> {
    const em = this.em as unknown as SqlEntityManager;
    const meta = em.getMetadata().get<T>(Utils.className(entity));
    const qb = em.createQueryBuilder<T>(entity).select('*').where(where);
    if (orderBy) qb.orderBy(orderBy);
    await qb.applyFilters(scope ? { [SCOPE_FILTER]: scope } : {});
    const rows = (await qb.execute('all')) as EntityData<T>[];
    const hydrator = em.config.getHydrator(em.getMetadata());
    const factory = this.referenceFactory();
    const proto = readOnlyPrototype(meta);
    return rows.map((data) => {
      const row = Object.create(proto) as T;
      hydrator.hydrate(row, meta, data, factory, 'full', false, true);
      return row;
    });
  }

  /**
   * The EntityFactory as the hydrator sees it, except for many-to-one targets (the `Ref`s of
   * a row): the entity already in the request's identity map when there is one (as em.find
   * would link it), else one uninitialized read-only stub per target and request — not a
   * managed reference entity, whose creation and registration were most of the remaining
   * hydration cost (a page's 1 000 enrollments point to ~1 000 distinct course sessions).
   */
  private referenceFactory(): EntityFactory {
    if (this.factory) return this.factory;
    const em = this.em;
    const real = em.getEntityFactory();
    const uow = em.getUnitOfWork();
    const stubs = new Map<string, { meta: EntityMetadata; byId: Map<unknown, object> }>();
    const factory = Object.create(real) as EntityFactory;
    factory.createReference = (<E extends object>(entityName: EntityName<E>, id: unknown): E => {
      const name = typeof entityName === 'string' ? entityName : Utils.className(entityName);
      let target = stubs.get(name);
      if (!target) {
        target = { meta: em.getMetadata().get(name), byId: new Map() };
        stubs.set(name, target);
      }
      if (!target.meta.simplePK || !Utils.isPrimaryKey(id))
        return real.createReference(entityName, id as never);
      const managed = uow.getById<E>(name, id as never);
      if (managed) return managed;
      let stub = target.byId.get(id) as E | undefined;
      if (!stub) {
        stub = Object.create(readOnlyPrototype(target.meta)) as E;
        (stub as Record<string, unknown>)[target.meta.primaryKeys[0]!] = id;
        // Behaves as an unloaded reference: isInitialized() false, getEntity() throws.
        helper(stub).__initialized = false;
        target.byId.set(id, stub);
      }
      return stub;
    }) as EntityFactory['createReference'];
    this.factory = factory;
    return factory;
  }

  /**
   * The request's scope params plus this batch's keys (ScopeParams.batch), for the scope
   * filter's plan of owner-keyed child batches. No params (a system fork) → no filter change.
   */
  private batchScope(entity: string, property: string, ids: readonly number[]): ScopeParams | undefined {
    const scope = this.em.getFilterParams(SCOPE_FILTER) as ScopeParams | undefined;
    if (!scope || scope.kind !== 'subtree') return undefined;
    return { ...scope, batch: { entity, property, ids: [...ids] } };
  }
}

/**
 * Per entity class: a prototype between the instance and the entity's own prototype that
 * shadows MikroORM's property accessors (installed on the entity prototype for change
 * tracking) with plain writable data properties, so hydrating a read-only row is a set of
 * plain assignments. `instanceof`, `constructor.name` (GraphQL Node.resolveType) and the
 * entity's methods still come from the class.
 */
const readOnlyPrototypes = new WeakMap<EntityMetadata, object>();

function readOnlyPrototype(meta: EntityMetadata): object {
  let proto = readOnlyPrototypes.get(meta);
  if (!proto) {
    proto = Object.create(meta.prototype) as object;
    for (const prop of meta.props) {
      Object.defineProperty(proto, prop.name, { value: undefined, writable: true, configurable: true });
    }
    readOnlyPrototypes.set(meta, proto);
  }
  return proto;
}
