import { describe, expect, it } from 'vitest';
import type { TeamAlertsQuery } from '../../graphql/generated/graphql';
import { teamAlerts } from './alerts.model';

const impact = (verdict: string, causes: string[] = []) => ({
  verdict,
  contributionPct: null,
  stored: true,
  evaluatedAt: null,
  formula: 'post − baseline',
  ruleVersion: 2,
  actions: [{ type: 'ALERT_MANAGER', causes }],
  kpis: [{ key: 'k', label: '销售额增长率', baseline: 10, post: 10.4, delta: 0.4, insufficient: null }],
});

const data = {
  employees: {
    totalCount: 2,
    nodes: [
      {
        id: 'e1',
        name: '张三',
        position: { id: 'p', name: '客户经理' },
        enrollments: [
          {
            id: 'n1',
            status: 'COMPLETED',
            completedOn: '2026-01-10',
            course: { id: 'c1', name: '客户谈判技巧' },
            impact: impact('RETRAIN'),
          },
          // A later attempt of the same course supersedes the earlier verdict.
          {
            id: 'n2',
            status: 'COMPLETED',
            completedOn: '2026-06-10',
            course: { id: 'c1', name: '客户谈判技巧' },
            impact: impact('EXCELLENT'),
          },
          {
            id: 'n3',
            status: 'COMPLETED',
            completedOn: '2026-03-01',
            course: { id: 'c2', name: '精益生产' },
            impact: impact('NO_CHANGE', ['内容与岗位不匹配']),
          },
          {
            id: 'n4',
            status: 'ENROLLED',
            completedOn: null,
            course: { id: 'c3', name: '领导力' },
            impact: null,
          },
        ],
      },
      {
        id: 'e2',
        name: '李四',
        position: { id: 'p', name: '客户经理' },
        enrollments: [
          {
            id: 'n5',
            status: 'COMPLETED',
            completedOn: '2026-05-01',
            course: { id: 'c1', name: '客户谈判技巧' },
            impact: impact('RETRAIN'),
          },
        ],
      },
    ],
  },
} as unknown as TeamAlertsQuery;

describe('teamAlerts', () => {
  it('keeps the latest NO_CHANGE / RETRAIN verdict per employee and course, newest first', () => {
    const alerts = teamAlerts(data);
    expect(alerts.map((a) => [a.employee, a.course, a.verdict])).toEqual([
      ['李四', '客户谈判技巧', 'RETRAIN'],
      ['张三', '精益生产', 'NO_CHANGE'],
    ]);
    expect(alerts[1]!.causes).toEqual(['内容与岗位不匹配']);
    expect(alerts[1]!.kpis).toBe('销售额增长率: +0.4');
  });
});
