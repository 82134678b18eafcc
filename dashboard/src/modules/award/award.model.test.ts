import { describe, expect, it } from 'vitest';
import type { AwardRankingQuery } from '../../graphql/generated/graphql';
import { evidenceHref, toNominees } from './award.model';

describe('award model', () => {
  it('links evidence to the archive row it came from', () => {
    expect(evidenceHref('RW1:2', 'ENROLLMENT', 12)).toBe('/archive/RW1%3A2#EnrollmentCompleted:12');
    expect(evidenceHref('e', 'PEER_FEEDBACK', 3)).toBe('/archive/e');
  });

  it('turns ranking entries into stacked parts that sum to the total', () => {
    const entries = [
      {
        employeeId: 'e1',
        name: '张三',
        total: 82.5,
        rank: 1,
        exclusionCodes: [],
        evidence: [{ type: 'LECTURE', id: 7 }],
        criteria: [
          { type: 'TRAINING_OUTCOME', weight: 30, score: 30, formula: '', items: [] },
          { type: 'PERFORMANCE', weight: 50, score: 40, formula: '', items: [] },
          { type: 'PEER_FEEDBACK', weight: 20, score: 12.5, formula: '', items: [] },
        ],
      },
      {
        employeeId: 'e2',
        name: '李四',
        total: 10,
        rank: null,
        exclusionCodes: [
          { code: 'LATEST_RATING', required: 0, actual: null, requiredRating: 'B', actualRating: 'C' },
          { code: 'TENURE', required: 12, actual: 7, requiredRating: null, actualRating: null },
        ],
        evidence: [],
        criteria: [],
      },
    ] as unknown as AwardRankingQuery['awardCampaignRanking'];
    const rows = toNominees(entries);
    expect(rows[0]!.parts).toEqual({ TRAINING_OUTCOME: 30, PERFORMANCE: 40, PEER_FEEDBACK: 12.5 });
    expect(Object.values(rows[0]!.parts).reduce((a, b) => a + b, 0)).toBe(rows[0]!.total);
    expect(rows[0]!.evidence).toEqual([
      { type: 'LECTURE', id: 7, href: '/archive/e1#LectureGiven:7', name: null, date: null },
    ]);
    expect(rows[0]!.criteria.map((c) => [c.type, c.score, c.weight])).toEqual([
      ['TRAINING_OUTCOME', 30, 30],
      ['PERFORMANCE', 40, 50],
      ['PEER_FEEDBACK', 12.5, 20],
    ]);
    // Codes and values, rendered in the user's language by the view (never the server's English).
    expect(rows[1]!.exclusions).toEqual([
      { code: 'LATEST_RATING', required: 'B', actual: 'C' },
      { code: 'TENURE', required: 12, actual: 7 },
    ]);
    expect(rows[1]!.rank).toBeNull();
    expect(rows[1]!.parts).toEqual({ TOTAL: 10 });
  });
});
