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
    result: e.result,
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
      name: ev.name ?? null,
      date: ev.date ?? null,
      // The API names the archive holding the row; the anchor scrolls to it on the timeline.
      href: ev.link
        ? `${ev.link}${EVIDENCE_ANCHOR[ev.type] ? `#${EVIDENCE_ANCHOR[ev.type]}:${ev.id}` : ''}`
        : evidenceHref(e.employeeId, ev.type, ev.id),
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

export interface StoryFacts {
  employeeName: string;
  title: string;
  body: string;
  campaign?: string | null;
  hours?: number | null;
  adoptedCases?: number | null;
  ratedLectures?: number | null;
  rank?: number | null;
}

/**
 * A success story in the reader's language, worded from the facts the API serves (campaign,
 * hours, adopted cases, lectures, rank); stories without facts (older imports) keep their text.
 */
export function storyWords(
  t: (key: string, options?: Record<string, unknown>) => string,
  s: StoryFacts,
): { title: string; body: string } {
  if (!s.campaign) return { title: s.title, body: s.body };
  const title = t('campaignFlow.storyTitle', { name: s.employeeName });
  if (s.hours == null || s.rank == null)
    return { title, body: t('campaignFlow.storyPlain', { name: s.employeeName, campaign: s.campaign }) };
  return {
    title,
    body: t('campaignFlow.story', {
      name: s.employeeName,
      hours: Number(s.hours.toFixed(1)),
      cases: s.adoptedCases ?? 0,
      lectures: s.ratedLectures ?? 0,
      rank: s.rank,
      campaign: s.campaign,
    }),
  };
}
