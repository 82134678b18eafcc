import { isDeepStrictEqual } from 'node:util';
import type { EntityManager } from '@mikro-orm/core';
import { Course, CourseKpiBinding, KpiDefinition } from '@talentloop/db/entities';
import {
  applyBindingEdit,
  bindingsOf,
  courseMatches,
  newImpactRuleFor,
  toStoredThresholds,
  type TrainingImpactRule,
  type TrainingImpactRuleInput,
} from '@talentloop/rules';
import type { Viewer } from '../../auth/viewer';
import { assertCompanyWideWriter } from '../../auth/write-scope';
import { badInput, notFound } from '../../common/errors';
import { parseGlobalId } from '../../common/relay';
import { inTransaction, recordAudit } from '../audit/audit.service';
import { listRules, parseDraft, saveRule } from '../rules/rule-store.service';
import { toComparisonOp } from '../rules/rules.enums';
import type { UpdateCourseKpiBindingInput } from './course-kpi-binding.type';

// Course KPI bindings are rule data. The TRAINING_IMPACT rule that names a course holds its
// bindings (kpis + the outcome conditions on them); course_kpi_binding rows are that rule
// version written out per course and KPI, refreshed whenever the rule is saved, so the catalogue
// (Course.kpiBindings) and the analytics read exactly what the engine evaluates.

/**
 * Writes the bindings of a saved TRAINING_IMPACT rule to course_kpi_binding for every course the
 * rule names. A KPI the rule no longer binds stays tracked (analytics) without rule thresholds.
 */
export async function syncCourseBindings(em: EntityManager, rule: TrainingImpactRule): Promise<void> {
  const courses = (
    await em.find(Course, {
      $or: [
        { name: { $in: rule.courses.map((c) => c.name) } },
        { code: { $in: rule.courses.flatMap((c) => (c.code ? [c.code] : [])) } },
      ],
    })
  ).filter((c) => rule.courses.some((ref) => courseMatches(ref, c)));
  if (courses.length === 0) return;
  const views = bindingsOf(rule);
  const kpis = await em.find(KpiDefinition, { code: { $in: views.map((v) => v.kpiCode) } });
  const rows = await em.find(
    CourseKpiBinding,
    { course: { $in: courses.map((c) => c.id) } },
    { populate: ['kpi'] },
  );
  for (const course of courses) {
    for (const view of views) {
      const kpi = kpis.find((k) => k.code === view.kpiCode);
      if (!kpi) continue; // saveCourseKpiBinding refuses unknown KPIs; a stored rule may predate one
      const row =
        rows.find((r) => r.course.id === course.id && r.kpi.id === kpi.id) ??
        em.create(CourseKpiBinding, { course, kpi, thresholds: toStoredThresholds(view) });
      row.windowMonths = view.windowMonths;
      row.thresholds = toStoredThresholds(view);
      row.active = true;
    }
    for (const row of rows.filter((r) => r.course.id === course.id)) {
      const bound = views.some((v) => v.kpiCode === row.kpi.getEntity().code);
      // Unbound now (or never bound by a rule version): tracked only, without thresholds.
      const stale = (row.thresholds.ruleKey ?? rule.key) === rule.key && row.thresholds.thresholds;
      if (!bound && stale) row.thresholds = { measure: row.thresholds.measure };
    }
  }
  await em.flush();
}

/**
 * HR (or an LMS integration with masterdata:write) edits one binding of a course: the course's
 * TRAINING_IMPACT rule gets version n+1 (validated by the rule schema, audited), and its bindings
 * are rewritten. An edit that leaves the rule as it is saves nothing (a nightly sync's replay).
 * Returns the course.
 */
export async function updateCourseKpiBinding(
  em: EntityManager,
  viewer: Viewer,
  input: UpdateCourseKpiBindingInput,
): Promise<Course> {
  // The rule judges the course company-wide: a department-limited integration cannot change it.
  assertCompanyWideWriter(
    viewer,
    'KPI bindings are company-wide rules: a department-limited token cannot change them',
  );
  const courseId = parseGlobalId(input.courseId, 'Course', 'courseId');
  return inTransaction(em, async (tx) => {
    const course = await tx.findOne(Course, courseId);
    if (!course) throw notFound('Course', courseId, 'courseId');
    if (input.kpiCode && !(await tx.count(KpiDefinition, { code: input.kpiCode })))
      throw badInput({ field: 'kpiCode', message: `no KPI with code ${input.kpiCode}` });
    const stored = (await listRules(tx, 'TRAINING_IMPACT')).find((r) =>
      r.rule.courses.some((ref) => courseMatches(ref, course)),
    );
    const rule = stored?.rule ?? newImpactRuleFor(course);
    const existing = rule.kpis.find((k) => k.key === input.key);
    if (!existing && input.remove) throw badInput({ field: 'key', message: `no binding ${input.key}` });
    if (!existing && !input.remove && !input.kpiCode)
      throw badInput({ field: 'kpiCode', message: `required for the new binding ${input.key}` });
    const definition: TrainingImpactRuleInput = applyBindingEdit(rule, {
      key: input.key,
      kpiCode: input.kpiCode,
      label: input.label ?? (existing ? undefined : input.key),
      measure: input.measure,
      direction: input.direction,
      weight: input.weight,
      windowMonths: input.windowMonths,
      remove: input.remove ?? false,
      thresholds: input.thresholds?.map((t) => ({
        verdict: t.verdict,
        op: toComparisonOp(t.op),
        value: t.value,
      })),
    });
    if (stored) {
      // Parsed exactly as saveRule would store it: unchanged apart from the version → nothing to save.
      const draft = await parseDraft(tx, 'TRAINING_IMPACT', rule.key, { ...definition });
      if (isDeepStrictEqual({ ...draft.rule, version: stored.version }, stored.rule)) return course;
    }
    // saveRule validates (BAD_USER_INPUT naming definition.<field>), versions and audits the rule.
    const saved = await saveRule(tx, viewer, 'TRAINING_IMPACT', rule.key, { ...definition }, rule.name);
    recordAudit(
      tx,
      viewer,
      'courseKpiBinding.update',
      'Course',
      course.id,
      existing ? { ...existing } : null,
      {
        ruleKey: saved.key,
        ruleVersion: saved.version,
        binding: saved.rule.kpis.find((k) => k.key === input.key) ?? null,
        removed: input.remove ?? false,
      },
    );
    return course;
  });
}
