import type { EntityName } from '@mikro-orm/core';
import type { ClassType } from 'type-graphql';
import { FieldResolver, ID, Int, Resolver, Root } from 'type-graphql';
import { toGlobalId } from './relay';

/** GraphQL type name → entity class, for `node(id)`. Filled by each module's registerNode(). */
export const nodeEntities = new Map<string, EntityName<{ id: number }>>();

/**
 * Declares `type` a Relay node backed by `entity`: registers it for `node(id)` and returns the
 * resolver that derives `id` (global) and `databaseId` from the entity's integer key. GraphQL
 * type names equal entity class names, so Node.resolveType can use the entity's class.
 */
export function registerNode(type: ClassType, typeName: string, entity: EntityName<{ id: number }>) {
  nodeEntities.set(typeName, entity);

  @Resolver(() => type)
  class NodeIdResolver {
    @FieldResolver(() => ID)
    id(@Root() root: { id: number }): string {
      return toGlobalId(typeName, root.id);
    }

    @FieldResolver(() => Int)
    databaseId(@Root() root: { id: number }): number {
      return root.id;
    }
  }
  Object.defineProperty(NodeIdResolver, 'name', { value: `${typeName}NodeIdResolver` });
  return NodeIdResolver;
}
