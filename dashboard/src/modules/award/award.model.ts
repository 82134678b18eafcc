import type { AwardRankingQuery } from '../../graphql/generated/graphql';
import type { NomineeRow } from './awardInsights.view';

type Entry = AwardRankingQuery['awardCampaignRanking'][number];

/** Archive timeline keys (api archive.service) of the rows an evidence reference points at. */
const EVIDENCE_ANCHOR: Record<string, string> = {
  ENROLLMENT: 'EnrollmentCompleted',
  LECTURE: 'LectureGiven',
  CASE: 'PracticeCaseApproved',
  REVIEW: 'PerformanceReviewed',
};

/** A link into the nominee's growth archive, scrolled to the evidence row when it is on the timeline. */
export function evidenceHref(employeeId: string, type: string, id: number): string {
  const anchor = EVIDENCE_ANCHOR[type];
  return `/archive/${encodeURIComponent(employeeId)}${anchor ? `#${anchor}:${id}` : ''}`;
}

export function toNominees(entries: Entry[]): NomineeRow[] {
  return entries.map((e) => ({
    id: e.employeeId,
    name: e.name,
    rank: e.rank ?? null,
    total: e.total,
    result: null,
    exclusions: e.exclusionCodes.map((x) => ({
      code: x.code,
      required: x.requiredRating ?? x.required,
      actual: x.actualRating ?? x.actual ?? null,
    })),
    // Each criterion scores 0..weight points, so the stacked segments add up to the total.
    // Rankings imported without a breakdown still show their total as one segment.
    parts: e.criteria.length
      ? Object.fromEntries(e.criteria.map((c) => [c.type, c.score]))
      : { TOTAL: e.total },
    evidence: e.evidence.map((ev) => ({
      type: ev.type,
      id: ev.id,
      href: evidenceHref(e.employeeId, ev.type, ev.id),
    })),
    criteria: e.criteria.map((c) => ({
      type: c.type,
      weight: c.weight,
      score: c.score,
      items: c.items.map((i) => ({
        key: i.key,
        met: i.met,
        actual: i.actualValue,
        required: i.requiredValue,
        meanRating: i.meanRating ?? null,
        points: i.points,
      })),
    })),
  }));
}
