import { describe, expect, it } from 'vitest';
import type { TeamAlertsQuery } from '../../graphql/generated/graphql';
import {
  alertActionInput,
  alertActionProblem,
  alertActionsFor,
  isHandled,
  kpiText,
  teamAlerts,
} from './alerts.model';

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
        foundCause: 'SKILL_NOT_MASTERED',
        followUpNote: '谈过',
        actionsTaken: [{ action: 'RECORD_CAUSE', at: '2026-12-07T06:00:00.000Z' }],
        improvementPlanStatus: 'OPEN',
        improvementPlanTarget: '销售额增长率 ≥ 5%',
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
      impactId: 7,
      foundCause: 'SKILL_NOT_MASTERED',
      note: '谈过',
      actionsTaken: [{ action: 'RECORD_CAUSE', at: '2026-12-07T06:00:00.000Z' }],
      plan: { status: 'OPEN', target: '销售额增长率 ≥ 5%' },
    });
    expect(isHandled(alert!)).toBe(false);
    expect(isHandled({ taskStatus: 'DONE' })).toBe(true);
    expect(kpiText(alert!.kpis, (code) => `<${code}>`)).toBe(
      '销售额增长率 +0.4 · 客户留存率 <TOO_FEW_MONTHS>',
    );
  });
});

describe('alert actions', () => {
  const draft = { action: 'SCHEDULE_CONVERSATION' as const, dueOn: '', causeCode: '', note: ' ' };
  it('asks for the conversation day, not in the past, before the round trip', () => {
    expect(alertActionProblem(draft, '2026-12-07')).toBe('alertActions.dateRequired');
    expect(alertActionProblem({ ...draft, dueOn: '2026-12-06' }, '2026-12-07')).toBe('alertActions.datePast');
    expect(alertActionProblem({ ...draft, dueOn: '2026-12-07' }, '2026-12-07')).toBeNull();
  });
  it('asks for a cause code when recording a cause; handled and retraining need nothing', () => {
    expect(alertActionProblem({ ...draft, action: 'RECORD_CAUSE' }, '2026-12-07')).toBe(
      'alertActions.causeRequired',
    );
    expect(alertActionProblem({ ...draft, action: 'MARK_HANDLED' }, '2026-12-07')).toBeNull();
    expect(alertActionProblem({ ...draft, action: 'ASSIGN_RETRAINING' }, '2026-12-07')).toBeNull();
    expect(alertActionProblem({ ...draft, action: 'ASSIGN_COURSE' }, '2026-12-07')).toBe(
      'alertActions.courseRequired',
    );
    expect(alertActionInput({ ...draft, action: 'ASSIGN_COURSE', courseId: 'Q291cnNlOjM' })).toEqual({
      action: 'ASSIGN_COURSE',
      courseId: 'Q291cnNlOjM',
      note: null,
    });
  });
  it('sends only the fields of the action, a blank note as null', () => {
    expect(alertActionInput({ ...draft, dueOn: '2026-12-20', causeCode: 'X' })).toEqual({
      action: 'SCHEDULE_CONVERSATION',
      dueOn: '2026-12-20',
      note: null,
    });
    expect(
      alertActionInput({ ...draft, action: 'RECORD_CAUSE', causeCode: 'CONTENT_MISMATCH', note: ' 内容 ' }),
    ).toEqual({
      action: 'RECORD_CAUSE',
      causeCode: 'CONTENT_MISMATCH',
      note: '内容',
    });
    expect(alertActionInput({ ...draft, action: 'MARK_HANDLED', dueOn: '2026-12-20' })).toEqual({
      action: 'MARK_HANDLED',
      note: null,
    });
  });
  it('offers to open an improvement plan when none is open, to close it when one is', () => {
    expect(alertActionsFor(null)).toContain('OPEN_IMPROVEMENT_PLAN');
    expect(alertActionsFor({ status: 'CLOSED', target: null })).toContain('OPEN_IMPROVEMENT_PLAN');
    const open = alertActionsFor({ status: 'OPEN', target: 'x' });
    expect(open).toContain('CLOSE_IMPROVEMENT_PLAN');
    expect(open).not.toContain('OPEN_IMPROVEMENT_PLAN');
    expect(open.at(-1)).toBe('MARK_HANDLED');
  });
  it('asks for the plan’s target (1–500 characters) and sends it trimmed', () => {
    const plan = { ...draft, action: 'OPEN_IMPROVEMENT_PLAN' as const };
    expect(alertActionProblem({ ...plan, target: '  ' }, '2026-12-07')).toBe('alertActions.targetRequired');
    expect(alertActionProblem({ ...plan, target: '长'.repeat(501) }, '2026-12-07')).toBe(
      'alertActions.targetTooLong',
    );
    expect(alertActionProblem({ ...plan, target: '留存率 ≥ 90%' }, '2026-12-07')).toBeNull();
    expect(alertActionInput({ ...plan, target: ' 留存率 ≥ 90% ' })).toEqual({
      action: 'OPEN_IMPROVEMENT_PLAN',
      target: '留存率 ≥ 90%',
      note: null,
    });
    expect(alertActionProblem({ ...draft, action: 'CLOSE_IMPROVEMENT_PLAN' }, '2026-12-07')).toBeNull();
  });
});
