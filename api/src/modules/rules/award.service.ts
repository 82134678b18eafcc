import type { EntityManager } from '@mikro-orm/core';
import {
  AwardCampaign,
  AwardCampaignStatus,
  AwardNomination,
  Employee,
  EmployeeStatus,
  NominationResult,
} from '@talentloop/db/entities';
import type { Viewer } from '../../auth/viewer';
import { notFound } from '../../common/errors';
import { recordAudit } from '../audit/audit.service';
import { loadArchive } from './archive.service';
import { scoreAwardNominations, toAwardBreakdown, type AwardScoring } from '@talentloop/rules';
import { listRules } from './rule-store.service';
import { EXCELLENT_EMPLOYEE_AWARD } from '@talentloop/rules';
import { AwardCriteriaSchema, type AwardCriteria } from '@talentloop/rules';
import type { GrowthArchive } from '@talentloop/rules';

// Award campaigns: criteria come from the campaign's own `criteria` JSON when it is a valid
// AwardCriteria, otherwise from the active AWARD rule (the article's default); the campaign's
// period and standard hours always win. Scores are persisted per nomination with the evidence.

export async function criteriaFor(em: EntityManager, campaign: AwardCampaign): Promise<AwardCriteria> {
  const base = {
    period: { from: campaign.periodStart, to: campaign.periodEnd },
    standardHours: Number(campaign.standardHours),
  };
  const own = AwardCriteriaSchema.safeParse({
    key: `award.campaign-${campaign.id}`,
    name: campaign.name,
    version: campaign.ruleVersion ?? 1,
    ...campaign.criteria,
    ...base,
  });
  if (own.success) return own.data;
  const active = (await listRules(em, 'AWARD'))[0]?.rule ?? EXCELLENT_EMPLOYEE_AWARD;
  return AwardCriteriaSchema.parse({ ...active, ...base });
}

/** Scores every nominee (all active employees when nobody was nominated) and stores the ranking. */
export async function scoreCampaign(
  em: EntityManager,
  viewer: Viewer | null,
  campaignId: number,
): Promise<AwardScoring> {
  const campaign = await em.findOne(AwardCampaign, campaignId);
  if (!campaign) throw notFound('AwardCampaign', campaignId);
  const criteria = await criteriaFor(em, campaign);
  const nominations = await em.find(AwardNomination, { campaign: campaignId }, { orderBy: { id: 'asc' } });
  const employeeIds = nominations.length
    ? nominations.map((n) => n.employee.id)
    : (
        await em.find(Employee, { status: EmployeeStatus.ACTIVE }, { fields: ['id'], orderBy: { id: 'asc' } })
      ).map((e) => e.id);
  const archives: GrowthArchive[] = [];
  for (const id of employeeIds) {
    const a = await loadArchive(em, id);
    if (a) archives.push(a);
  }
  const scoring = scoreAwardNominations(criteria, archives);
  const byEmployee = new Map(nominations.map((n) => [n.employee.id, n]));
  for (const s of scoring.nominations) {
    const row =
      byEmployee.get(s.employeeId) ??
      em.create(AwardNomination, {
        campaign,
        employee: em.getReference(Employee, s.employeeId),
        createdAt: new Date(),
      });
    row.scoreBreakdown = toAwardBreakdown(scoring, s);
    row.evidence = { items: s.evidence } as Record<string, unknown>;
    row.total = s.total;
    row.rank = s.rank;
    row.exclusionReason = s.exclusions.length ? s.exclusions.join('; ') : null;
    if (s.exclusions.length) row.result = NominationResult.EXCLUDED;
    else if (row.result === NominationResult.EXCLUDED) row.result = NominationResult.PENDING;
  }
  campaign.ruleVersion = criteria.version;
  campaign.status = AwardCampaignStatus.SCORED;
  recordAudit(em, viewer, 'awardCampaign.score', 'AwardCampaign', campaign.id, null, {
    criteriaKey: criteria.key,
    criteriaVersion: criteria.version,
    nominees: scoring.nominations.length,
  });
  return scoring;
}
