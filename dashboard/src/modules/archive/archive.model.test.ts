import { describe, expect, it } from 'vitest';
import { competencyRows, completionsFromEvents, describeEvent, kpiSeriesFromEvents } from './archive.model';

const t = (key: string, o?: Record<string, unknown>) => `${key}${o ? JSON.stringify(o) : ''}`;

// Typed loosely: these are the fields the mapping reads from the GrowthArchive query.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const events: any[] = [
  {
    __typename: 'KpiChangeEvent',
    key: 'k1',
    occurredOn: '2026-01-31',
    title: '',
    month: '2026-01-01',
    value: 10,
    change: null,
    improved: null,
    kpi: { code: 'SALES_GROWTH', name: '销售增长', unit: '%' },
  },
  {
    __typename: 'EnrollmentCompletedEvent',
    key: 'e1',
    occurredOn: '2026-02-10',
    title: '',
    passed: true,
    hours: 16,
    examScore: 88,
    practiceScore: null,
    course: { id: 'c1', name: '客户谈判技巧' },
  },
  {
    __typename: 'EnrollmentCompletedEvent',
    key: 'e2',
    occurredOn: '2026-02-20',
    title: '',
    passed: false,
    hours: 8,
    examScore: 50,
    practiceScore: null,
    course: { id: 'c2', name: '领导力' },
  },
  {
    __typename: 'KpiChangeEvent',
    key: 'k2',
    occurredOn: '2026-02-28',
    title: '',
    month: '2026-02-01',
    value: 12.5,
    change: 2.5,
    improved: true,
    kpi: { code: 'SALES_GROWTH', name: '销售增长', unit: '%' },
  },
  {
    __typename: 'KpiChangeEvent',
    key: 'k3',
    occurredOn: '2026-02-28',
    title: '',
    month: '2026-02-01',
    value: 0.9,
    change: null,
    improved: null,
    kpi: { code: 'RETENTION', name: '客户留存', unit: 'ratio' },
  },
];

describe('archive model', () => {
  it('builds one KPI series per KPI from the archive events', () => {
    expect(kpiSeriesFromEvents(events)).toEqual([
      {
        kpi: '销售增长',
        unit: '%',
        points: [
          { month: '2026-01', value: 10 },
          { month: '2026-02', value: 12.5 },
        ],
      },
      { kpi: '客户留存', unit: 'ratio', points: [{ month: '2026-02', value: 0.9 }] },
    ]);
  });

  it('marks only passed completions on the KPI chart', () => {
    expect(completionsFromEvents(events)).toEqual([{ date: '2026-02-10', course: '客户谈判技巧' }]);
  });

  it('localises event titles from typed fields', () => {
    expect(describeEvent(events[1], t)).toEqual({
      title: 'archive.eventTitle.completed{"course":"客户谈判技巧"}',
      detail: 'archive.eventTitle.hoursExam{"hours":"16","exam":"88"}',
      data: ['客户谈判技巧'],
    });
    expect(describeEvent(events[3], t).detail).toBe('archive.eventTitle.kpiChange{"change":"+2.5"}');
    expect(describeEvent(events[0], t).detail).toBeUndefined();
  });

  it('scores competencies as current-position level plus trained weight, capped at 5', () => {
    const req = (code: string, level: number) => ({
      requiredLevel: level,
      competency: { code, name: code.toUpperCase() },
    });
    const rows = competencyRows(
      [req('comm', 3), req('sales', 4)],
      [req('comm', 4), req('lead', 3), req('sales', 5)],
      [
        {
          competencies: [
            { weight: 0.5, competency: { code: 'lead' } },
            { weight: 2.5, competency: { code: 'sales' } },
          ],
        },
      ],
    );
    expect(rows).toEqual([
      { competency: 'COMM', actual: 3, target: 4 },
      { competency: 'LEAD', actual: 0.5, target: 3 },
      { competency: 'SALES', actual: 5, target: 5 },
    ]);
  });
});
