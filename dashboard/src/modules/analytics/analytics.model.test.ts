import { describe, expect, it } from 'vitest';
import {
  contributionKpis,
  contributionRows,
  dataAsOf,
  headline,
  lecturerRows,
  monthOf,
  participationTotals,
  participationTrend,
  profileRows,
  spendGainRows,
  traitRows,
} from './analytics.model';

describe('analytics model', () => {
  it('orders the participation trend by month and marks the running month partial', () => {
    const trend = participationTrend(
      [
        { month: '2026-02-01', n: 100, participationRate: 0.5, completionRate: 0.8, passRate: null },
        {
          month: '2026-01-01',
          n: 90,
          participationRate: 0.4,
          voluntaryParticipationRate: 0.3,
          completionRate: 0.7,
          passRate: 0.9,
        },
      ],
      monthOf(new Date(Date.UTC(2026, 1, 14))),
    );
    expect(trend).toEqual([
      {
        period: '2026-01',
        partial: false,
        values: { participation: 0.4, voluntary: 0.3, completion: 0.7, passRate: 0.9 },
      },
      {
        period: '2026-02',
        partial: true,
        values: { participation: 0.5, voluntary: null, completion: 0.8, passRate: null },
      },
    ]);
  });

  it('weights totals by headcount and enrollments; n is the headcount, not the ROI group', () => {
    const totals = participationTotals([
      {
        month: '2026-01',
        n: 100,
        participationRate: 0.5,
        voluntaryParticipationRate: 0.3,
        completionRate: 1,
        enrollments: 10,
      },
      {
        month: '2026-02',
        n: 300,
        participationRate: 0.1,
        voluntaryParticipationRate: 0.1,
        completionRate: 0.5,
        enrollments: 30,
      },
    ]);
    expect(totals.participation).toBeCloseTo(0.2);
    expect(totals.voluntary).toBeCloseTo(0.15);
    expect(totals.completion).toBeCloseTo(0.625);
    expect(totals.passRate).toBeNull();
    expect(totals.headcount).toBe(300);
    expect(totals.enrollments).toBe(40);
  });

  it('shows an ROI number only with sufficient evidence', () => {
    const base = { n: 40, spend: 1000, benefit: 2500, coverage: 0.4, roiCiLow: 0.5, roiCiHigh: 2.5 };
    expect(
      spendGainRows([
        { ...base, label: 'A', evidence: 'SUFFICIENT', roi: 1.5 },
        { ...base, label: 'B', evidence: 'NOT_SIGNIFICANT', roi: 1.5 },
        { ...base, label: null, evidence: 'SOMETHING_NEW', roi: 1.5 },
      ]),
    ).toEqual([
      { ...base, label: 'A', evidence: 'SUFFICIENT', roi: 1.5 },
      { ...base, label: 'B', evidence: 'NOT_SIGNIFICANT', roi: null, roiCiLow: null, roiCiHigh: null },
      { ...base, label: '—', evidence: 'INSUFFICIENT_DATA', roi: null, roiCiLow: null, roiCiHigh: null },
    ]);
  });

  it("marks the month the API calls partial (past the data's last day), whatever today is", () => {
    const rows = [
      { month: '2026-10-01', asOf: '2026-11-17', partial: false, n: 90, participationRate: 0.4 },
      { month: '2026-11-01', asOf: '2026-11-17', partial: true, n: 91, participationRate: 0.1 },
    ];
    // Today is in December: without the API's flag November would look final.
    const trend = participationTrend(rows, '2026-12');
    expect(trend.map((r) => [r.period, r.partial])).toEqual([
      ['2026-10', false],
      ['2026-11', true],
    ]);
    expect(dataAsOf(rows)).toBe('2026-11-17');
    expect(dataAsOf([])).toBeNull();
  });

  it('reads money as the API sends it, Decimal strings', () => {
    const h = headline({
      n: 2614,
      spend: '2558300.00',
      measuredSpend: '220400.00',
      benefit: '0.00',
      evidence: 'INSUFFICIENT_DATA',
    });
    expect(h).toMatchObject({ spend: 2_558_300, benefit: 0, roi: null });
    expect(
      spendGainRows([{ n: 9, spend: '1280.50', benefit: '3000.25', evidence: 'SUFFICIENT', roi: 1.34 }]),
    ).toMatchObject([{ spend: 1280.5, benefit: 3000.25, roi: 1.34 }]);
  });

  it('takes the headline spend from the ROI total (all training), never from the measured part', () => {
    const h = headline({
      n: 2614,
      spend: 2_558_300,
      measuredSpend: 220_400,
      coverage: 0.086,
      measuredPeople: 71,
      benefit: 0,
      evidence: 'INSUFFICIENT_DATA',
      roi: null,
    });
    expect(h).toMatchObject({ spend: 2_558_300, coverage: 0.086, n: 2614, measuredPeople: 71, roi: null });
    expect(headline(null)).toBeNull();
  });

  it('splits course contribution by KPI and flags insufficient data', () => {
    const rows = [
      {
        courseName: '谈判',
        kpiCode: 'SALES_GROWTH',
        kpiName: '销售增长',
        kpiUnit: '%',
        evidence: 'SUFFICIENT',
        n: 40,
        estimate: 5,
        ciLow: 2,
        ciHigh: 8,
      },
      {
        courseName: '新课',
        kpiCode: 'SALES_GROWTH',
        kpiName: '销售增长',
        kpiUnit: '%',
        evidence: 'INSUFFICIENT_DATA',
        n: 4,
        estimate: null,
        ciLow: null,
        ciHigh: null,
      },
      {
        courseName: '精益',
        kpiCode: 'DEFECT_RATE',
        kpiName: '不良率',
        kpiUnit: '%',
        evidence: 'SUFFICIENT',
        n: 35,
        estimate: -1,
        ciLow: -2,
        ciHigh: 0,
      },
    ];
    expect(contributionKpis(rows).map((k) => [k.code, k.count])).toEqual([
      ['SALES_GROWTH', 2],
      ['DEFECT_RATE', 1],
    ]);
    expect(contributionRows(rows, 'SALES_GROWTH')).toEqual([
      { course: '谈判', estimate: 5, ciLow: 2, ciHigh: 8, n: 40, sufficient: true },
      { course: '新课', estimate: null, ciLow: null, ciHigh: null, n: 4, sufficient: false },
    ]);
  });

  it('ranks lecturers by exam value-added and drops unmeasured ones', () => {
    const rows = lecturerRows([
      { lecturerName: '甲', n: 10, examValueAdded: 1.5, kpiValueAdded: null },
      { lecturerName: '乙', n: 12, examValueAdded: 3, kpiValueAdded: 0.456 },
      { lecturerName: '丙', n: 2, examValueAdded: null },
    ]);
    expect(rows).toEqual([
      { label: '乙', value: 3, n: 12, note: 'KPI +0.46' },
      { label: '甲', value: 1.5, n: 10, note: undefined },
    ]);
  });

  it('maps profile and trait rows to lift rows with their n', () => {
    expect(
      profileRows([
        {
          itemName: '领导力',
          promotedN: 20,
          comparisonN: 80,
          promotedShare: 0.6,
          comparisonShare: 0.2,
          lift: 3,
        },
      ]),
    ).toEqual([{ label: '领导力', shareFocus: 0.6, shareBase: 0.2, lift: 3, nFocus: 20, nBase: 80 }]);
    expect(
      traitRows(
        [{ trait: 'LECTURES', n: 9, nominations: 40, winnerShare: 0.5, nomineeShare: 0.25, lift: 2 }],
        (t) => `T:${t}`,
      ),
    ).toEqual([{ label: 'T:LECTURES', shareFocus: 0.5, shareBase: 0.25, lift: 2, nFocus: 9, nBase: 40 }]);
  });
});
