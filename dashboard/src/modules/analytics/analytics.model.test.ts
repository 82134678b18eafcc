import { describe, expect, it } from 'vitest';
import {
  contributionKpis,
  contributionRows,
  lecturerRows,
  participationTotals,
  participationTrend,
  profileRows,
  spendGainRows,
  toOverviewViewModel,
  traitRows,
} from './analytics.model';

describe('analytics model', () => {
  it('orders the participation trend by month', () => {
    const trend = participationTrend([
      { month: '2026-02-01', n: 100, participationRate: 0.5, completionRate: 0.8, passRate: null },
      { month: '2026-01-01', n: 90, participationRate: 0.4, completionRate: 0.7, passRate: 0.9 },
    ]);
    expect(trend).toEqual([
      { period: '2026-01', values: { participation: 0.4, completion: 0.7, passRate: 0.9 } },
      { period: '2026-02', values: { participation: 0.5, completion: 0.8, passRate: null } },
    ]);
  });

  it('weights totals by headcount and enrollments', () => {
    const totals = participationTotals([
      { month: '2026-01', n: 100, participationRate: 0.5, completionRate: 1, enrollments: 10 },
      { month: '2026-02', n: 300, participationRate: 0.1, completionRate: 0.5, enrollments: 30 },
    ]);
    expect(totals.participation).toBeCloseTo(0.2);
    expect(totals.completion).toBeCloseTo(0.625);
    expect(totals.passRate).toBeNull();
    expect(totals.n).toBe(300);
  });

  it('computes ROI when the API leaves it null and sorts by spend', () => {
    expect(
      spendGainRows([
        { label: 'A', n: 5, benefit: 300, cost: 100, roi: null },
        { label: 'B', n: 5, benefit: 0, cost: 0, roi: null },
        { key: 'C', n: 5, benefit: 50, cost: 200, roi: -0.75 },
      ]),
    ).toEqual([
      { label: 'C', cost: 200, gain: 50, roi: -0.75 },
      { label: 'A', cost: 100, gain: 300, roi: 2 },
      { label: 'B', cost: 0, gain: 0, roi: null },
    ]);
  });

  it('splits course contribution by KPI and flags insufficient data', () => {
    const rows = [
      {
        courseName: '谈判',
        kpiCode: 'SALES_GROWTH',
        kpiName: '销售增长',
        kpiUnit: '%',
        evidence: 'OK',
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
        evidence: 'OK',
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
        [{ trait: 'LECTURING_2', n: 9, nominations: 40, winnerShare: 0.5, nomineeShare: 0.25, lift: 2 }],
        (t) => `T:${t}`,
      ),
    ).toEqual([{ label: 'T:LECTURING_2', shareFocus: 0.5, shareBase: 0.25, lift: 2, nFocus: 9, nBase: 40 }]);
  });

  it('assembles the overview: totals from the ROI total row, one KPI for the contribution chart', () => {
    const vm = toOverviewViewModel(
      {
        window: '2025-12 – 2026-11',
        participation: [
          {
            month: '2026-01-01',
            n: 100,
            participationRate: 0.5,
            completionRate: 0.9,
            passRate: 0.8,
            enrollments: 40,
          },
        ],
        roi: [{ label: '销售', n: 30, benefit: 5000, cost: 2000, roi: 1.5 }],
        roiTotal: { n: 60, benefit: 9000, cost: 4000, roi: null },
        contribution: [
          {
            courseName: 'A',
            kpiCode: 'K1',
            kpiName: 'k1',
            evidence: 'OK',
            n: 31,
            estimate: 1,
            ciLow: 0.5,
            ciHigh: 1.5,
          },
          {
            courseName: 'B',
            kpiCode: 'K2',
            kpiName: 'k2',
            evidence: 'OK',
            n: 31,
            estimate: 2,
            ciLow: 1,
            ciHigh: 3,
          },
        ],
        lecturers: [],
      },
      'K2',
    );
    expect(vm.totals).toMatchObject({
      cost: 4000,
      gain: 9000,
      roi: 1.25,
      participation: 0.5,
      completion: 0.9,
      employees: 60,
      enrollments: 40,
    });
    expect(vm.kpi?.code).toBe('K2');
    expect(vm.contribution.map((r) => r.course)).toEqual(['B']);
    expect(vm.spendGain).toEqual([{ label: '销售', cost: 2000, gain: 5000, roi: 1.5 }]);
  });
});
