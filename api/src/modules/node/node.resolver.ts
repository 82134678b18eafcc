import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import { nodeEntities } from '../../common/node-registry';
import { Node, fromGlobalId } from '../../common/relay';
import type { Context } from '../../context';
import { compiledNode, isCompilable } from '../../readpath/connection';

@Resolver()
export class NodeResolver {
  @Authorized()
  @Query(() => Node, {
    nullable: true,
    description: 'Any object by global id; null when missing or outside your scope.',
  })
  async node(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<object | null> {
    const parsed = fromGlobalId(id);
    const entity = parsed ? nodeEntities.get(parsed.type) : undefined;
    if (!parsed || !entity) return null;
    // Types the read path knows are built in one statement with their selection.
    if (isCompilable(parsed.type)) return compiledNode(ctx.em, info, parsed.type, parsed.id);
    return ctx.loaders.byId(entity).load(parsed.id);
  }
}
