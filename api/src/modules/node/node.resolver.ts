import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import { AwardCampaign, PromotionApplication } from '@talentloop/db/entities';
import { nodeEntities } from '../../common/node-registry';
import { Node, fromGlobalId } from '../../common/relay';
import type { Context } from '../../context';
import { compiledNode, isCompilable } from '../../readpath/connection';
import { toSummary } from '../rules/award.resolver';
import { toApplicationType, withNames } from '../rules/promotion.resolver';

/**
 * Node types served by a view object rather than the entity itself: the id's type names the
 * entity (`AwardCampaign`), the object answers as its GraphQL type (`AwardCampaignSummary`).
 * Rows are read through the request's em, so the row scope applies as everywhere else.
 */
const viewNodes: Record<string, (ctx: Context, id: number) => Promise<object | null>> = {
  async AwardCampaign(ctx, id) {
    const campaign = await ctx.em.findOne(AwardCampaign, id);
    return campaign ? { ...toSummary(campaign), __typename: 'AwardCampaignSummary' } : null;
  },
  async PromotionApplication(ctx, id) {
    const app = await ctx.em.findOne(PromotionApplication, id);
    return app
      ? { ...toApplicationType(await withNames(ctx.em, app)), __typename: 'PromotionApplication' }
      : null;
  },
};

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
    if (!parsed) return null;
    const view = viewNodes[parsed.type];
    if (view) return view(ctx, parsed.id);
    const entity = nodeEntities.get(parsed.type);
    if (!entity) return null;
    // Types the read path knows are built in one statement with their selection.
    if (isCompilable(parsed.type)) return compiledNode(ctx.em, info, parsed.type, parsed.id);
    return ctx.loaders.byId(entity).load(parsed.id);
  }
}
