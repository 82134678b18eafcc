import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { AwardCampaign, AwardNomination, SuccessStory } from '@talentloop/db/entities';
import { Role } from '../../auth/viewer';
import { parseGlobalId, toGlobalId } from '../../common/relay';
import type { Context } from '../../context';
import { inTransaction } from '../audit/audit.service';
import { scoreCampaign } from './award.service';
import { toRankingEntry } from './rules.mappers';
import {
  AwardCampaignSummaryType,
  SuccessStoryType,
  AwardRankingEntryType,
  type EvidenceType,
} from './rules.type';

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
      exclusionCodes: 'exclusions' in n.scoreBreakdown ? n.scoreBreakdown.exclusions : [],
      criteria: 'criteria' in n.scoreBreakdown ? n.scoreBreakdown.criteria : [],
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

  @Authorized()
  @Query(() => [AwardCampaignSummaryType], { description: 'Award campaigns, newest period first.' })
  async awardCampaigns(@Ctx() ctx: Context): Promise<AwardCampaignSummaryType[]> {
    const rows = await ctx.em.find(AwardCampaign, {}, { orderBy: { periodStart: 'desc', id: 'desc' } });
    return rows.map((c) => ({
      id: toGlobalId('AwardCampaign', c.id),
      databaseId: c.id,
      name: c.name,
      period: c.period,
      periodStart: c.periodStart,
      periodEnd: c.periodEnd,
      standardHours: Number(c.standardHours),
      status: c.status,
      ruleVersion: c.ruleVersion ?? null,
    }));
  }

  @Authorized()
  @Query(() => [SuccessStoryType], {
    description: 'Success stories of award winners in your scope, newest first.',
  })
  async successStories(
    @Arg('first', () => Int, { nullable: true, description: '1–100, default 20.' }) first: number | null,
    @Ctx() ctx: Context,
  ): Promise<SuccessStoryType[]> {
    const limit = Math.min(Math.max(first ?? 20, 1), 100);
    const rows = await ctx.em.find(
      SuccessStory,
      {},
      { populate: ['employee'], orderBy: { createdAt: 'desc', id: 'desc' }, limit },
    );
    return rows.map((s) => ({
      databaseId: s.id,
      employeeId: toGlobalId('Employee', s.employee.id),
      employeeName: s.employee.getEntity().name,
      title: s.title,
      body: s.body,
      publishedAt: s.publishedAt ?? null,
    }));
  }
}
