import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { nodeEntities } from '../../common/node-registry';
import { Node, fromGlobalId } from '../../common/relay';
import type { Context } from '../../context';

@Resolver()
export class NodeResolver {
  @Authorized()
  @Query(() => Node, {
    nullable: true,
    description: 'Any object by global id; null when missing or outside your scope.',
  })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<object | null> {
    const parsed = fromGlobalId(id);
    const entity = parsed ? nodeEntities.get(parsed.type) : undefined;
    if (!parsed || !entity) return null;
    return ctx.loaders.byId(entity).load(parsed.id);
  }
}
