import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { AwardCampaign, AwardNomination, SuccessStory } from '@talentloop/db/entities';
import type { AwardBreakdown } from '@talentloop/rules';
import { Role } from '../../auth/viewer';
import { parseGlobalId, toGlobalId } from '../../common/relay';
import type { Context } from '../../context';
import { inTransaction } from '../audit/audit.service';
import { campaignRanking, decideNomination, nominate, publishCampaign, scoreCampaign } from './award.service';
import { today } from './rules.resolver';
import { AwardCampaignSummaryType, SuccessStoryType, AwardRankingEntryType } from './rules.type';

export const toSummary = (c: AwardCampaign): AwardCampaignSummaryType => ({
  id: toGlobalId('AwardCampaign', c.id),
  databaseId: c.id,
  name: c.name,
  period: c.period,
  periodStart: c.periodStart,
  periodEnd: c.periodEnd,
  standardHours: Number(c.standardHours),
  status: c.status,
  ruleVersion: c.ruleVersion ?? null,
});

@Resolver()
export class AwardResolver {
  @Authorized()
  @Query(() => [AwardRankingEntryType], {
    description:
      'Stored ranking of a campaign (nominees in your scope), ranked first, then the excluded; evidence named.',
  })
  async awardCampaignRanking(@Arg('campaignId', () => ID) campaignId: string, @Ctx() ctx: Context) {
    return campaignRanking(ctx.em, parseGlobalId(campaignId, 'AwardCampaign', 'campaignId'));
  }

  @Authorized(Role.HR)
  @Mutation(() => [AwardRankingEntryType], {
    description: 'Scores every nominee of a campaign and stores the ranking (CONFLICT once closed).',
  })
  async scoreAwardCampaign(@Arg('campaignId', () => ID) campaignId: string, @Ctx() ctx: Context) {
    const id = parseGlobalId(campaignId, 'AwardCampaign', 'campaignId');
    await inTransaction(ctx.em, (tx) => scoreCampaign(tx, ctx.viewer, id));
    return campaignRanking(ctx.em, id);
  }

  @Authorized(Role.HR)
  @Mutation(() => [AwardRankingEntryType], {
    description: 'Nominates an employee in your scope (idempotent); returns the ranking.',
  })
  async nominateForAward(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('employeeId', () => ID) employeeId: string,
    @Ctx() ctx: Context,
  ) {
    const id = parseGlobalId(campaignId, 'AwardCampaign', 'campaignId');
    const employee = parseGlobalId(employeeId, 'Employee', 'employeeId');
    await inTransaction(ctx.em, (tx) => nominate(tx, ctx.viewer, id, employee));
    return campaignRanking(ctx.em, id);
  }

  @Authorized(Role.HR)
  @Mutation(() => [AwardRankingEntryType], {
    description: 'Decides a scored nominee: awarded or not (an excluded nominee cannot be awarded).',
  })
  async decideAwardNomination(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('employeeId', () => ID) employeeId: string,
    @Arg('awarded') awarded: boolean,
    @Ctx() ctx: Context,
  ) {
    const id = parseGlobalId(campaignId, 'AwardCampaign', 'campaignId');
    const employee = parseGlobalId(employeeId, 'Employee', 'employeeId');
    await inTransaction(ctx.em, (tx) => decideNomination(tx, ctx.viewer, id, employee, awarded));
    return campaignRanking(ctx.em, id);
  }

  @Authorized(Role.HR)
  @Mutation(() => AwardCampaignSummaryType, {
    description: 'Publishes the winners (award + success story each) and closes the campaign.',
  })
  async publishAwardCampaign(@Arg('campaignId', () => ID) campaignId: string, @Ctx() ctx: Context) {
    const id = parseGlobalId(campaignId, 'AwardCampaign', 'campaignId');
    return toSummary(await inTransaction(ctx.em, (tx) => publishCampaign(tx, ctx.viewer, id, today())));
  }

  @Authorized()
  @Query(() => [AwardCampaignSummaryType], { description: 'Award campaigns, newest period first.' })
  async awardCampaigns(@Ctx() ctx: Context): Promise<AwardCampaignSummaryType[]> {
    const rows = await ctx.em.find(AwardCampaign, {}, { orderBy: { periodStart: 'desc', id: 'desc' } });
    return rows.map(toSummary);
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
      { populate: ['employee', 'award'], orderBy: { createdAt: 'desc', id: 'desc' }, limit },
    );
    // The facts behind each story, from its nomination's stored breakdown (one statement).
    const nominationIds = rows.flatMap((s) => {
      const id = s.award?.getEntity().nomination?.id;
      return id ? [id] : [];
    });
    const nominations = nominationIds.length
      ? await ctx.em.find(AwardNomination, { id: { $in: nominationIds } }, { populate: ['campaign'] })
      : [];
    const byId = new Map(nominations.map((n) => [n.id, n]));
    return rows.map((s) => {
      const n = byId.get(s.award?.getEntity().nomination?.id ?? -1);
      const items = n && 'criteria' in n.scoreBreakdown ? (n.scoreBreakdown as AwardBreakdown).criteria : [];
      const item = (key: string) =>
        items.flatMap((c) => c.items).find((i) => i.key === key)?.actualValue ?? null;
      return {
        databaseId: s.id,
        employeeId: toGlobalId('Employee', s.employee.id),
        employeeName: s.employee.getEntity().name,
        title: s.title,
        body: s.body,
        publishedAt: s.publishedAt ?? null,
        campaign: n?.campaign.getEntity().name ?? s.award?.getEntity().title ?? null,
        hours: item('HOURS'),
        adoptedCases: item('ADOPTED_CASE'),
        ratedLectures: item('LECTURES'),
        rank: n?.rank ?? null,
      };
    });
  }
}
