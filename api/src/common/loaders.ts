import DataLoader from 'dataloader';
import type { EntityManager, EntityName, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { Utils } from '@mikro-orm/core';

type AnyEntity = { id: number };

/**
 * Per-request DataLoaders. Every batch is one `em.find(... $in ...)` on the request's forked
 * EntityManager, so the row-scope filter applies to relation loads exactly as to top-level
 * queries, and a field resolved for N parents costs one statement, not N.
 */
export class Loaders {
  private readonly cache = new Map<string, DataLoader<unknown, unknown>>();

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
          const rows = await this.em.find(entity, { id: { $in: [...ids] } } as unknown as FilterQuery<T>);
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
    const key = `manyBy:${Utils.className(entity)}:${foreignKey}:${JSON.stringify(orderBy)}:${JSON.stringify(where)}`;
    return this.memo(
      key,
      () =>
        new DataLoader<number, T[]>(async (ids) => {
          const rows = await this.em.find(
            entity,
            { ...(where as object), [foreignKey]: { $in: [...ids] } } as FilterQuery<T>,
            { orderBy },
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
}
