import type { TFunction } from 'i18next';
import type { MyPathQuery } from '../../graphql/generated/graphql';
import {
  gateActual,
  gateMissing,
  gateName,
  gateRequirement,
  nextCourseReason,
  type GateCheckLike,
} from '../../i18n/rules';
import type { MyPathViewModel } from './myPath.view';

type Path = MyPathQuery['promotionPaths'][number];

/**
 * Progress towards a gate in [0, 1], from the gate's checks (codes and numbers, not the API's
 * English sentences): 1 when passed; otherwise the weakest failed check's actual ÷ required
 * (a practice score of 72 against ≥ 80 is 90% of the way; not completed is 0) — never more than
 * 99% for a failed gate, so a bar never looks complete while the gate is not. A rating has no
 * ratio and counts as not started.
 */
export function gateProgress(checks: readonly GateCheckLike[], passed: boolean): number {
  if (passed) return 1;
  const failed = checks.filter((c) => !c.passed);
  if (!failed.length) return 0;
  const ratios = failed.map((c) =>
    c.code === 'RATING' || c.actual === null || c.actual === undefined || c.required <= 0
      ? 0
      : c.actual / c.required,
  );
  return Math.max(0, Math.min(0.99, ...ratios));
}

export function toMyPathViewModel(path: Path, t: TFunction): MyPathViewModel {
  return {
    targetPosition: path.targetPosition,
    eligible: path.eligible,
    readiness: path.readinessPct / 100,
    estimatedMonths: path.estimatedMonths ?? null,
    remainingHours: path.remainingHours,
    paceHoursPerMonth: path.paceHoursPerMonth ?? null,
    ruleVersion: path.ruleVersion,
    gates: path.gates.map((g) => ({
      key: g.key,
      label: gateName(t, g),
      passed: g.passed,
      progress: gateProgress(g.checks, g.passed),
      required: gateRequirement(t, g),
      actual: gateActual(t, g),
      missing: gateMissing(t, g),
      course: g.courseName ?? null,
    })),
    remainingCourses: path.remainingCourses.map((c, i) => ({
      id: `${i}:${c.name}`,
      name: c.name,
      hours: c.hours,
    })),
    nextCourse: path.nextCourse
      ? {
          id: String(path.nextCourse.courseId),
          name: path.nextCourse.name,
          hours: path.nextCourse.hours,
          reason: nextCourseReason(t, path.nextCourse, path.gates),
        }
      : null,
  };
}

/**
 * The ETA as the formula shown computes it: remaining hours ÷ pace, to one decimal (the API's
 * estimatedMonths when present, else the same division) — so the figure and its worked formula
 * always agree (1.1 months, not a rounded-up 2).
 */
export function etaMonths(vm: {
  estimatedMonths: number | null;
  remainingHours?: number | null;
  paceHoursPerMonth?: number | null;
}): number | null {
  const raw =
    vm.estimatedMonths ??
    (vm.remainingHours != null && vm.paceHoursPerMonth ? vm.remainingHours / vm.paceHoursPerMonth : null);
  return raw === null ? null : Math.round(raw * 10) / 10;
}

/** A course's global id as the API encodes it (base64url of "Course:<id>"), for `enroll`. */
export function courseGlobalId(databaseId: number | string): string {
  return btoa(`Course:${databaseId}`).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export interface InboxItemVm {
  /** i18n key and values for the line, or null to show the stored title. */
  key: string | null;
  values: Record<string, unknown>;
  /** Free text a person wrote (HR's comment, the reviewer's), shown as is; null otherwise. */
  comment: string | null;
  /** Where the item leads in the dashboard. */
  link: string | null;
}

const NOTIFICATION_LINKS: Record<string, string> = {
  PROMOTION_DECIDED: '/my/path',
  PROMOTION_ELIGIBLE: '/my/path',
  CASE_REVIEWED: '/archive',
  RETRAIN_ASSIGNED: '/archive',
  TRAINING_EXCELLENT: '/archive',
  TRAINING_NO_CHANGE: '/team',
};

/**
 * A notification worded from its type and data (codes and values), never from the stored
 * sentence — which is in one language and, for some types, carries the engine's English. Types
 * whose wording depends on a decision get it appended (PROMOTION_DECIDED_APPROVED).
 */
export function notificationVm(n: { type: string; body?: string | null; data?: unknown }): InboxItemVm {
  const data = (n.data && typeof n.data === 'object' ? n.data : {}) as Record<string, unknown>;
  const decision = typeof data.decision === 'string' ? data.decision : null;
  const withDecision = n.type === 'PROMOTION_DECIDED' || n.type === 'CASE_REVIEWED';
  const known = withDecision ? decision !== null : n.type in NOTIFICATION_LINKS;
  return {
    key: known ? `inbox.notification.${withDecision ? `${n.type}_${decision}` : n.type}` : null,
    values: { position: data.targetPosition ?? '' },
    comment: withDecision && n.body ? n.body : null,
    link: NOTIFICATION_LINKS[n.type] ?? null,
  };
}

const TASK_LINKS: Record<string, string> = {
  PRACTICE: '/archive',
  RETRAIN: '/archive',
  REVIEW: '/team',
  INVESTIGATE: '/team',
  PROMOTION_REVIEW: '/hr',
};

/** Where a task is done. */
export function taskLink(type: string): string | null {
  return TASK_LINKS[type] ?? null;
}

export interface InboxTaskRow {
  /** Task rows by database id; cases awaiting review by `case:<id>`. */
  key: string;
  type: string;
  status: string;
  /** The stored title (default language), shown in Chinese only; null for a case awaiting review. */
  title: string | null;
  /** Data of a case awaiting review (its title and author), shown as is. */
  detail: string | null;
  createdAt: string;
  completedAt: string | null;
}

/**
 * 我的任务 for someone who reviews practice cases: their tasks, plus every submitted case in their
 * scope that has no REVIEW task yet (cases submitted before the workflow ran, or by imports) —
 * so a case waiting for review is never missing from the list. Newest first.
 */
export function inboxTasks(
  tasks: Array<{
    databaseId: number;
    type: string;
    title: string;
    status: string;
    createdAt: string;
    completedAt?: string | null;
    subjectType?: string | null;
    subjectId?: number | null;
  }>,
  casesToReview: Array<{
    databaseId: number;
    title: string;
    submittedAt?: string | null;
    employee?: { name: string } | null;
  }>,
): InboxTaskRow[] {
  const reviewed = new Set(
    tasks.filter((t) => t.type === 'REVIEW' && t.subjectType === 'PracticeCase').map((t) => t.subjectId),
  );
  const rows: InboxTaskRow[] = tasks.map((t) => ({
    key: String(t.databaseId),
    type: t.type,
    status: t.status,
    title: t.title,
    detail: null,
    createdAt: t.createdAt,
    completedAt: t.completedAt ?? null,
  }));
  for (const c of casesToReview) {
    if (reviewed.has(c.databaseId)) continue;
    rows.push({
      key: `case:${c.databaseId}`,
      type: 'REVIEW',
      status: 'OPEN',
      title: null,
      detail: c.employee ? `${c.title} · ${c.employee.name}` : c.title,
      createdAt: c.submittedAt ?? '',
      completedAt: null,
    });
  }
  return rows.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}
