import { describe, expect, it } from 'vitest';
import {
  courseGlobalId,
  etaMonths,
  gateProgress,
  inboxTasks,
  notificationVm,
  taskLink,
} from './promotion.model';

const check = (code: string, required: number, actual: number | null, passed: boolean) => ({
  code,
  required,
  actual,
  passed,
});

describe('gateProgress', () => {
  it('is complete only for a passed gate', () => {
    expect(gateProgress([check('EXAM_SCORE', 80, 85, true)], true)).toBe(1);
    expect(gateProgress([check('EXAM_SCORE', 80, 80, false)], false)).toBe(0.99);
  });

  it('measures the weakest failed check and treats non-numeric ones as not started', () => {
    expect(gateProgress([check('PRACTICE_SCORE', 80, 72, false)], false)).toBeCloseTo(0.9);
    expect(
      gateProgress([check('COMPLETED', 1, 1, true), check('PRACTICE_SCORE', 90, 45, false)], false),
    ).toBeCloseTo(0.5);
    expect(gateProgress([check('APPROVED_CASES', 1, 0, false)], false)).toBe(0);
    expect(gateProgress([check('COMPLETED', 1, 0, false), check('EXAM_SCORE', 80, null, false)], false)).toBe(
      0,
    );
    expect(
      gateProgress([{ ...check('RATING', 3, 2, false), requiredRating: 'A', actualRating: 'B' }], false),
    ).toBe(0);
  });
});

describe('etaMonths', () => {
  it('is the formula’s figure to one decimal, not a rounded-up month', () => {
    expect(etaMonths({ estimatedMonths: 1.07 })).toBe(1.1);
    expect(etaMonths({ estimatedMonths: null, remainingHours: 16, paceHoursPerMonth: 14.5 })).toBe(1.1);
    expect(etaMonths({ estimatedMonths: null, remainingHours: 16, paceHoursPerMonth: 0 })).toBeNull();
  });
});

describe('courseGlobalId', () => {
  it('encodes like the API (base64url of Course:<id>)', () => {
    expect(courseGlobalId(12)).toBe(Buffer.from('Course:12').toString('base64url'));
    expect(courseGlobalId(1234567)).toBe(Buffer.from('Course:1234567').toString('base64url'));
  });
});

describe('notificationVm', () => {
  it('words a promotion decision from its codes, with HR’s comment and a link to the path', () => {
    expect(
      notificationVm({
        type: 'PROMOTION_DECIDED',
        body: '再积累一个季度',
        data: { decision: 'REJECTED', targetPosition: '初级经理' },
      }),
    ).toEqual({
      key: 'inbox.notification.PROMOTION_DECIDED_REJECTED',
      values: { position: '初级经理' },
      comment: '再积累一个季度',
      link: '/my/path',
    });
  });
  it('never shows an engine-written body, and falls back to the title for unknown types', () => {
    const eligible = notificationVm({ type: 'PROMOTION_ELIGIBLE', body: '✓ approved improvement case：1' });
    expect(eligible).toMatchObject({ key: 'inbox.notification.PROMOTION_ELIGIBLE', comment: null });
    expect(notificationVm({ type: 'SOMETHING_NEW' })).toMatchObject({ key: null, link: null });
    expect(taskLink('INVESTIGATE')).toBe('/team');
    expect(taskLink('RETRAIN')).toBe('/archive');
  });
});

describe('inboxTasks', () => {
  const task = (id: number, type: string, createdAt: string, subjectId: number | null = null) => ({
    databaseId: id,
    type,
    title: `任务 ${id}`,
    status: 'OPEN',
    createdAt,
    completedAt: null,
    subjectType: subjectId === null ? null : 'PracticeCase',
    subjectId,
  });
  it('adds a review task for each submitted case without one, newest first', () => {
    const rows = inboxTasks(
      [task(1, 'INVESTIGATE', '2026-12-01T08:00:00Z'), task(2, 'REVIEW', '2026-12-03T08:00:00Z', 70)],
      [
        { databaseId: 70, title: '案例甲', submittedAt: '2026-12-03T07:00:00Z', employee: { name: '张三' } },
        { databaseId: 71, title: '案例乙', submittedAt: '2026-12-02T07:00:00Z', employee: { name: '李四' } },
      ],
    );
    expect(rows.map((r) => [r.key, r.type, r.detail])).toEqual([
      ['2', 'REVIEW', null],
      ['case:71', 'REVIEW', '案例乙 · 李四'],
      ['1', 'INVESTIGATE', null],
    ]);
    expect(rows[1]).toMatchObject({ status: 'OPEN', title: null });
    expect(taskLink(rows[1]!.type)).toBe('/team');
  });
  it('is the tasks alone for someone with no cases to review', () => {
    expect(inboxTasks([task(3, 'PRACTICE', '2026-12-01T08:00:00Z')], []).map((r) => r.key)).toEqual(['3']);
  });
});
