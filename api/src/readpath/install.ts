import { defaultFieldResolver, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { toGlobalId } from '../common/relay';
import type { Context } from '../context';
import { piiFor } from '../modules/employee/employee.pii';
import { SPECS } from './specs';

/** An object built by the compiler: its database id under `$`, values under response keys. */
export interface CompiledObject {
  $: number;
  __typename: string;
  [key: string]: unknown;
}

export function isCompiled(value: unknown): value is CompiledObject {
  return typeof value === 'object' && value !== null && (value as { $?: unknown }).$ !== undefined;
}

type Resolver = GraphQLFieldResolver<unknown, Context>;

/**
 * Lets every field of the SPECS types answer from a compiled object: the value the statement
 * stored under the field's response key; `id`/`databaseId` from `$`; PII through its rule.
 * A field the statement did not compile (not in SPECS, or with arguments) gets the entity,
 * loaded by id through the request's batched loaders, and its own resolver — so the compiled
 * path answers every query the resolvers answer. Entities (mutation results, loader rows)
 * go straight to the type-graphql resolvers as before: one property check per field.
 *
 * Assigning `field.resolve` on the built schema is how graphql-tools' addResolversToSchema
 * attaches resolvers too; nothing private is touched.
 */
export function installReadPath(schema: GraphQLSchema): GraphQLSchema {
  for (const [typeName, spec] of Object.entries(SPECS)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) continue;
    const entity = spec.entity;
    for (const field of Object.values(type.getFields())) {
      const original = (field.resolve ?? defaultFieldResolver) as Resolver;
      const pii = spec.pii?.[field.name];
      // A field the statement did not compile: its own resolver, on the entity.
      const viaEntity: Resolver = (source, args, ctx, info) =>
        ctx.loaders
          .byId<{ id: number }>(entity)
          .load((source as CompiledObject).$)
          .then((row) => (row ? original(row, args, ctx, info) : null));
      let resolve: Resolver;
      if (field.name === 'id') {
        resolve = (source, args, ctx, info) =>
          isCompiled(source) ? toGlobalId(typeName, source.$) : original(source, args, ctx, info);
      } else if (field.name === 'databaseId') {
        resolve = (source, args, ctx, info) =>
          isCompiled(source) ? source.$ : original(source, args, ctx, info);
      } else {
        resolve = (source, args, ctx, info) => {
          if (!isCompiled(source)) return original(source, args, ctx, info);
          const value = source[info.path.key as string];
          if (value === undefined) return viaEntity(source, args, ctx, info);
          return pii ? piiFor(ctx.viewer, source.$, pii, value as string | null) : value;
        };
      }
      field.resolve = resolve;
    }
  }
  return schema;
}
