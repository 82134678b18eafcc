import type { EntityManager } from '@mikro-orm/core';
import { SCOPE_FILTER, type ScopeParams } from '../auth/scope.filter';

/**
 * Collects bound values while a statement is assembled from fragments in any order. `bind`
 * returns a marker (private-use characters, which no identifier or literal here contains);
 * `finish` replaces the markers in their final textual order by `?` placeholders with the
 * values in that same order. User input only ever travels as a bound value.
 */
export class SqlParams {
  private readonly values: unknown[] = [];

  bind(value: unknown): string {
    this.values.push(value);
    return `\uE000${this.values.length - 1}\uE001`;
  }

  finish(text: string): { sql: string; params: unknown[] } {
    const params: unknown[] = [];
    const sql = text.replace(/\uE000(\d+)\uE001/g, (_, index: string) => {
      params.push(this.values[Number(index)]);
      return '?';
    });
    return { sql, params };
  }
}

/** Runs a compiled statement on the request's connection (no entity hydration). */
export async function runSql<T>(em: EntityManager, params: SqlParams, text: string): Promise<T[]> {
  const { sql, params: values } = params.finish(text);
  const connection = em.getConnection() as unknown as {
    execute(sql: string, params: unknown[], method: 'all'): Promise<T[]>;
  };
  return connection.execute(sql, values, 'all');
}

/** The request's row scope, as buildContext() stored it on the EntityManager. */
export function requestScope(em: EntityManager): ScopeParams {
  return (em.getFilterParams(SCOPE_FILTER) as ScopeParams | undefined) ?? { kind: 'all' };
}

/**
 * Row scope in SQL — the same conditions as the ORM filter in auth/scope.filter.ts, written for
 * the compiler's aliases. Each returns null when there is no restriction.
 */
export class ScopeSql {
  constructor(
    private readonly scope: ScopeParams,
    private readonly params: SqlParams,
  ) {}

  /** `alias` is an employee row. */
  employee(alias: string): string | null {
    const s = this.scope;
    switch (s.kind) {
      case 'all':
        return null;
      case 'self':
        return `${alias}.id = ${this.params.bind(s.employeeId)}`;
      case 'subtree':
        if (!s.departmentPath) return 'false';
        return `exists (select 1 from department sd where sd.id = ${alias}.department_id and sd.path like ${this.params.bind(`${s.departmentPath}%`)})`;
      default:
        return 'false';
    }
  }

  /**
   * For a subtree scope only: `departmentColumn` is a department in the subtree (production-line
   * KPI rows follow their owning department); null for every other scope.
   */
  departmentSubtree(departmentColumn: string): string | null {
    const s = this.scope;
    if (s.kind !== 'subtree' || !s.departmentPath) return null;
    return `exists (select 1 from department sd where sd.id = ${departmentColumn} and sd.path like ${this.params.bind(`${s.departmentPath}%`)})`;
  }

  /**
   * The scope as a condition on a department path column, when departments alone decide it:
   * '' for the whole company, `path like subtree%` for a subtree; undefined when the scope
   * names people (an employee's own rows) or nothing, so department totals cannot stand in.
   */
  departmentPath(pathColumn: string): string | undefined {
    const s = this.scope;
    if (s.kind === 'all') return '';
    if (s.kind === 'subtree' && s.departmentPath)
      return `${pathColumn} like ${this.params.bind(`${s.departmentPath}%`)}`;
    return undefined;
  }

  /** `ownerColumn` holds the id of the employee who owns the row. */
  owner(ownerColumn: string): string | null {
    const s = this.scope;
    switch (s.kind) {
      case 'all':
        return null;
      case 'self':
        return `${ownerColumn} = ${this.params.bind(s.employeeId)}`;
      case 'subtree':
        if (!s.departmentPath) return 'false';
        return `exists (select 1 from employee so join department sd on sd.id = so.department_id where so.id = ${ownerColumn} and sd.path like ${this.params.bind(`${s.departmentPath}%`)})`;
      default:
        return 'false';
    }
  }
}
