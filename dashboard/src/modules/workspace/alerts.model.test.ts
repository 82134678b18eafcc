import { describe, expect, it } from 'vitest';
import type { TeamAlertsQuery } from '../../graphql/generated/graphql';
import { kpiText, teamAlerts } from './alerts.model';

const data = {
  teamAlerts: {
    totalCount: 1,
    pageInfo: { hasNextPage: false, endCursor: 'x' },
    summary: { total: 1, byVerdict: [{ verdict: 'NO_CHANGE', count: 1 }] },
    nodes: [
      {
        impactId: 7,
        employeeId: 'e1',
        employeeName: '张三',
        departmentName: '华东销售部',
        courseName: '客户谈判技巧',
        completedOn: '2026-01-10',
        verdict: 'NO_CHANGE',
        causes: ['CONTENT_MISMATCH'],
        taskStatus: 'OPEN',
        dueOn: null,
        impact: {
          ruleVersion: 2,
          formula: 'post − baseline',
          kpis: [
            { key: 'a', label: '销售额增长率', delta: 0.404, insufficientCode: null },
            { key: 'b', label: '客户留存率', delta: null, insufficientCode: 'TOO_FEW_MONTHS' },
          ],
        },
      },
    ],
  },
} as unknown as TeamAlertsQuery;

describe('teamAlerts', () => {
  it('maps the API’s alerts, codes kept for the page to word', () => {
    const [alert] = teamAlerts(data);
    expect(alert).toMatchObject({
      key: '7',
      employee: '张三',
      department: '华东销售部',
      verdict: 'NO_CHANGE',
      causes: ['CONTENT_MISMATCH'],
      ruleVersion: 2,
      taskStatus: 'OPEN',
    });
    expect(kpiText(alert!.kpis, (code) => `<${code}>`)).toBe(
      '销售额增长率 +0.4 · 客户留存率 <TOO_FEW_MONTHS>',
    );
  });
});
