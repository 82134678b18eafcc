import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { AwardCampaign, AwardNomination, SuccessStory } from '@talentloop/db/entities';
import type { AwardBreakdown } from '@talentloop/rules';
import type { EntityManager } from '@mikro-orm/core';
import { SCOPE_FILTER } from '../../auth/scope.filter';
import { IntegrationScope, Role } from '../../auth/viewer';
import { parseGlobalId, toGlobalId } from '../../common/relay';
import type { Context } from '../../context';
import { inTransaction } from '../audit/audit.service';
import {
  assertCampaignWriter,
  campaignRanking,
  decideNomination,
  lostNominationRace,
  nominate,
  publishCampaign,
  scoreCampaign,
} from './award.service';
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

/**
 * Who runs a campaign: HR, or an integration with masterdata:write and no department limit
 * (assertCampaignWriter) — e.g. an HR suite relaying its award committee's steps.
 */
const CAMPAIGN_WRITERS = [Role.HR, `scope:${IntegrationScope.MASTERDATA_WRITE}`];

/**
 * Runs a campaign step in a transaction over the whole company: a campaign is company-wide, so
 * its nominees, scores and winners are too, whatever the writer may read (HR reads everything
 * anyway; an integration's archive:read decides only what the returned ranking shows it).
 */
function campaignStep<T>(ctx: Context, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  assertCampaignWriter(ctx.viewer!);
  return inTransaction(ctx.em, (tx) => {
    tx.setFilterParams(SCOPE_FILTER, { kind: 'all' });
    return work(tx);
  });
}

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

  @Authorized(...CAMPAIGN_WRITERS)
  @Mutation(() => [AwardRankingEntryType], {
    description:
      'HR, or an integration with masterdata:write and no department limit: scores every nominee of a campaign and stores the ranking (CONFLICT once closed). Returns the ranking in your read scope.',
  })
  async scoreAwardCampaign(@Arg('campaignId', () => ID) campaignId: string, @Ctx() ctx: Context) {
    const id = parseGlobalId(campaignId, 'AwardCampaign', 'campaignId');
    await campaignStep(ctx, (tx) => scoreCampaign(tx, ctx.viewer, id));
    return campaignRanking(ctx.em, id);
  }

  @Authorized(...CAMPAIGN_WRITERS)
  @Mutation(() => [AwardRankingEntryType], {
    description:
      'HR, or an integration with masterdata:write and no department limit: nominates an active employee. Nominating someone already nominated (a replay) writes nothing. Returns the ranking in your read scope.',
  })
  async nominateForAward(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('employeeId', () => ID) employeeId: string,
    @Ctx() ctx: Context,
  ) {
    const id = parseGlobalId(campaignId, 'AwardCampaign', 'campaignId');
    const employee = parseGlobalId(employeeId, 'Employee', 'employeeId');
    await campaignStep(ctx, (tx) => nominate(tx, ctx.viewer, id, employee)).catch(async (error: unknown) => {
      // A simultaneous first nomination of the same person won: answer the state it left.
      if (!(await lostNominationRace(ctx.em, error, id, employee))) throw error;
    });
    return campaignRanking(ctx.em, id);
  }

  @Authorized(...CAMPAIGN_WRITERS)
  @Mutation(() => [AwardRankingEntryType], {
    description:
      'HR, or an integration relaying the committee’s decision (masterdata:write, no department limit): decides a scored nominee, awarded or not (an excluded nominee cannot be awarded). Deciding what is already decided (a replay, also after publishing) writes nothing.',
  })
  async decideAwardNomination(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('employeeId', () => ID) employeeId: string,
    @Arg('awarded') awarded: boolean,
    @Ctx() ctx: Context,
  ) {
    const id = parseGlobalId(campaignId, 'AwardCampaign', 'campaignId');
    const employee = parseGlobalId(employeeId, 'Employee', 'employeeId');
    await campaignStep(ctx, (tx) => decideNomination(tx, ctx.viewer, id, employee, awarded));
    return campaignRanking(ctx.em, id);
  }

  @Authorized(...CAMPAIGN_WRITERS)
  @Mutation(() => AwardCampaignSummaryType, {
    description:
      'HR, or an integration with masterdata:write and no department limit: publishes the winners (award + success story each) and closes the campaign. Publishing a closed campaign again writes nothing.',
  })
  async publishAwardCampaign(@Arg('campaignId', () => ID) campaignId: string, @Ctx() ctx: Context) {
    const id = parseGlobalId(campaignId, 'AwardCampaign', 'campaignId');
    return toSummary(await campaignStep(ctx, (tx) => publishCampaign(tx, ctx.viewer, id, today())));
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
