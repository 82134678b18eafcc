import type { EntityManager, EntityMetadata } from '@mikro-orm/core';
import { getNamedType, isObjectType, type GraphQLSchema, type SelectionSetNode } from 'graphql';
import { collectFields, type SelectedField, type SelectionContext } from './selection';
import { ID_FIELDS, SPECS, TEXT_SCALARS, type TypeSpec } from './specs';
import { ScopeSql, SqlParams } from './sql';

/**
 * Compiles a GraphQL selection on one of the SPECS types into a single SQL expression that
 * builds the object as JSON inside PostgreSQL: columns, many-to-ones as correlated
 * sub-selects, lists as `json_agg` sub-selects in the field resolver's order, each joined
 * row row-scoped like the ORM filter would scope it. The object carries `$` (its database
 * id) and `__typename`, then one property per compiled response key; fields the table cannot
 * answer are left out and resolved by their field resolvers (readpath/install.ts).
 *
 * The shape follows PostGraphile's and Join Monster's: the response tree is a tree of
 * sub-selects, so a page with its nested lists is one statement whatever the number of rows.
 */
export class ReadPathCompiler {
  readonly params = new SqlParams();
  readonly scope: ScopeSql;
  private aliases = 0;

  constructor(
    private readonly em: EntityManager,
    private readonly schema: GraphQLSchema,
    private readonly selection: SelectionContext,
    scope: ConstructorParameters<typeof ScopeSql>[0],
  ) {
    this.scope = new ScopeSql(scope, this.params);
  }

  alias(prefix: string): string {
    this.aliases += 1;
    return `${prefix}${this.aliases}`;
  }

  meta(typeName: string): EntityMetadata {
    return this.em.getMetadata().get(SPECS[typeName]!.entity);
  }

  table(typeName: string): string {
    return `"${this.meta(typeName).tableName}"`;
  }

  /** The column of an entity property (a many-to-one: its foreign key column). */
  column(typeName: string, alias: string, property: string): string {
    const prop = this.meta(typeName).properties[property];
    if (!prop?.fieldNames?.length) throw new Error(`readpath: ${typeName}.${property} has no column`);
    return `${alias}."${prop.fieldNames[0]}"`;
  }

  /** Row scope of a `typeName` row at `alias`, or null when unrestricted. */
  rowScope(typeName: string, alias: string): string | null {
    const spec = SPECS[typeName]!;
    switch (spec.scope) {
      case 'employee':
        return this.scope.employee(alias);
      case 'owned':
        return this.scope.owner(this.column(typeName, alias, 'employee'));
      case 'ownedOrAdopted': {
        const owned = this.scope.owner(this.column(typeName, alias, 'employee'));
        return owned === null
          ? null
          : `(${owned} or ${this.column(typeName, alias, 'adoptedAt')} is not null)`;
      }
      case 'kpiObservation': {
        const owned = this.scope.owner(this.column(typeName, alias, 'employee'));
        const line = this.scope.departmentSubtree(this.column(typeName, alias, 'department'));
        return owned === null || line === null ? owned : `(${owned} or ${line})`;
      }
      case 'viaPracticeCase': {
        const practiceCase = this.alias('pc');
        const visible = this.rowScope('PracticeCase', practiceCase);
        if (visible === null) return null;
        return `exists (select 1 from ${this.table('PracticeCase')} ${practiceCase} where ${practiceCase}.id = ${this.column(typeName, alias, 'practiceCase')} and ${visible})`;
      }
      default:
        return null;
    }
  }

  /** The fields selected on a `typeName` object by these selection sets. */
  fields(typeName: string, sets: readonly SelectionSetNode[]): Map<string, SelectedField> {
    const type = this.schema.getType(typeName);
    const interfaces = isObjectType(type) ? type.getInterfaces().map((i) => i.name) : [];
    return collectFields(sets, typeName, this.selection, interfaces);
  }

  /** The JSON object of the `typeName` row at `alias` for this selection. */
  object(typeName: string, alias: string, sets: readonly SelectionSetNode[]): string {
    const spec = SPECS[typeName]!;
    const pairs: string[] = [`'$'`, `${alias}.id`, `'__typename'`, `'${typeName}'`];
    for (const field of this.fields(typeName, sets).values()) {
      if (field.conflict || field.hasArguments || ID_FIELDS.has(field.name)) continue;
      const value = this.fieldValue(typeName, spec, alias, field);
      if (value !== null) pairs.push(`'${safeKey(field.key)}'`, value);
    }
    return buildObject(pairs);
  }

  private fieldValue(typeName: string, spec: TypeSpec, alias: string, field: SelectedField): string | null {
    const { name } = field;
    if (spec.scalars.includes(name) || spec.pii?.[name]) {
      const column = this.column(typeName, alias, name);
      const type = this.schema.getType(typeName);
      const graphqlType = isObjectType(type) ? type.getFields()[name]?.type : undefined;
      return graphqlType && TEXT_SCALARS.has(getNamedType(graphqlType).name) ? `${column}::text` : column;
    }
    const one = spec.one?.[name];
    if (one) {
      const target = this.alias('o');
      const where = [`${target}.id = ${this.column(typeName, alias, one.property)}`];
      const scoped = this.rowScope(one.type, target);
      if (scoped) where.push(scoped);
      return `(select ${this.object(one.type, target, field.selectionSets)} from ${this.table(one.type)} ${target} where ${where.join(' and ')})`;
    }
    const many = spec.many?.[name];
    if (many) {
      const child = this.alias('m');
      const where = [`${this.column(many.type, child, many.foreignKey)} = ${alias}.id`];
      const scoped = many.scopedByParent ? null : this.rowScope(many.type, child);
      if (scoped) where.push(scoped);
      const order = many.orderBy
        .map(([property, direction]) => `${this.column(many.type, child, property)} ${direction}`)
        .join(', ');
      return `coalesce((select json_agg(${this.object(many.type, child, field.selectionSets)} order by ${order}) from ${this.table(many.type)} ${child} where ${where.join(' and ')}), '[]'::json)`;
    }
    const nameOf = spec.names?.[name];
    if (nameOf) {
      // Directory information: unscoped on purpose, like employee.loaders.ts employeeNames().
      const person = this.alias('n');
      return `(select ${person}.name from employee ${person} where ${person}.id = ${this.column(typeName, alias, nameOf)})`;
    }
    return null;
  }
}

/** GraphQL names are [_A-Za-z][_0-9A-Za-z]*; anything else never reaches the SQL text. */
function safeKey(key: string): string {
  if (!/^[_A-Za-z][_0-9A-Za-z]*$/.test(key)) throw new Error(`readpath: unexpected response key ${key}`);
  return key;
}

/** json_build_object takes at most 100 arguments: wider objects are merged from chunks. */
function buildObject(pairs: string[]): string {
  if (pairs.length <= 100) return `json_build_object(${pairs.join(', ')})`;
  const chunks: string[] = [];
  for (let i = 0; i < pairs.length; i += 100)
    chunks.push(`jsonb_build_object(${pairs.slice(i, i + 100).join(', ')})`);
  return `(${chunks.join(' || ')})::json`;
}
