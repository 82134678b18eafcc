import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { AwardNomination } from '@talentloop/db/entities';
import { Role } from '../../auth/viewer';
import { parseGlobalId, toGlobalId } from '../../common/relay';
import type { Context } from '../../context';
import { inTransaction } from '../audit/audit.service';
import { scoreCampaign } from './award.service';
import { toRankingEntry } from './rules.mappers';
import { AwardRankingEntryType, type AwardCriterionScoreType, type EvidenceType } from './rules.type';

@Resolver()
export class AwardResolver {
  @Authorized()
  @Query(() => [AwardRankingEntryType], {
    description: 'Stored ranking of a campaign (nominees in your scope), ranked first, then the excluded.',
  })
  async awardCampaignRanking(@Arg('campaignId', () => ID) campaignId: string, @Ctx() ctx: Context) {
    const id = parseGlobalId(campaignId, 'AwardCampaign', 'campaignId');
    const rows = await ctx.em.find(AwardNomination, { campaign: id }, { populate: ['employee'] });
    const entries: AwardRankingEntryType[] = rows.map((n) => ({
      employeeId: toGlobalId('Employee', n.employee.id),
      name: n.employee.getEntity().name,
      total: Number(n.total),
      rank: n.rank ?? null,
      exclusions: n.exclusionReason ? n.exclusionReason.split('; ') : [],
      criteria: (n.scoreBreakdown as { criteria?: AwardCriterionScoreType[] }).criteria ?? [],
      evidence: (n.evidence as { items?: EvidenceType[] }).items ?? [],
    }));
    return entries.sort(
      (a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.employeeId.localeCompare(b.employeeId),
    );
  }

  @Authorized(Role.HR)
  @Mutation(() => [AwardRankingEntryType], {
    description: 'Scores every nominee of a campaign and stores the ranking.',
  })
  async scoreAwardCampaign(@Arg('campaignId', () => ID) campaignId: string, @Ctx() ctx: Context) {
    const id = parseGlobalId(campaignId, 'AwardCampaign', 'campaignId');
    const scoring = await inTransaction(ctx.em, (tx) => scoreCampaign(tx, ctx.viewer, id));
    return scoring.nominations.map(toRankingEntry);
  }
}
