import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import {
  Course,
  Department,
  Employee,
  Enrollment,
  EnrollmentStatus,
  KnowledgeCitation,
  PracticeCase,
  PracticeCaseStatus,
} from '@talentloop/db/entities';
import { SCOPE_FILTER, type ScopeParams } from '../../auth/scope.filter';
import { Role, type Viewer } from '../../auth/viewer';
import { badInput, conflict, forbidden, notFound } from '../../common/errors';
import type { GraphQLResolveInfo } from 'graphql';
import { paginate, parseGlobalId, type PageRequest } from '../../common/relay';
import { inTransaction, recordAudit, snapshot } from '../audit/audit.service';
import { requireVisibleEmployee } from '../employee/employee.service';
import { targetEmployeeId } from '../enrollment/enrollment.service';
import { emitEvent, EventType } from '../events/events.service';
import {
  ReviewDecision,
  type RecordCitationInput,
  type ReviewPracticeCaseInput,
  type SubmitPracticeCaseInput,
} from './practice-case.inputs';

export async function listPracticeCases(
  em: EntityManager,
  filter: { status?: PracticeCaseStatus; adopted?: boolean },
  page: PageRequest,
  info?: GraphQLResolveInfo,
) {
  const where: FilterQuery<PracticeCase> = {};
  if (filter.status) where.status = filter.status;
  if (filter.adopted === true) where.adoptedAt = { $ne: null };
  if (filter.adopted === false) where.adoptedAt = null;
  return paginate(em, PracticeCase, where, [{ submittedAt: 'desc' }, { id: 'desc' }], page, info);
}

// ---- writes -------------------------------------------------------------------------------

/** 实践案例 submission: the employee's own case (HR may submit on someone's behalf). */
export async function submitPracticeCase(
  em: EntityManager,
  viewer: Viewer,
  input: SubmitPracticeCaseInput,
): Promise<PracticeCase> {
  if (input.employeeId && viewer.role !== Role.HR)
    throw forbidden('Only HR submits cases on someone’s behalf', 'employeeId');
  const employeeId = targetEmployeeId(viewer, input.employeeId);
  const enrollmentId = input.enrollmentId
    ? parseGlobalId(input.enrollmentId, 'Enrollment', 'enrollmentId')
    : null;
  let courseId = input.courseId ? parseGlobalId(input.courseId, 'Course', 'courseId') : null;
  return inTransaction(em, async (tx) => {
    const employee = await requireVisibleEmployee(tx, employeeId, 'employeeId');
    let enrollment: Enrollment | null = null;
    if (enrollmentId !== null) {
      enrollment = await tx.findOne(Enrollment, enrollmentId);
      if (!enrollment || enrollment.employee.id !== employee.id) {
        throw badInput({ field: 'enrollmentId', message: 'is not an enrolment of this employee' });
      }
      if (enrollment.status !== EnrollmentStatus.COMPLETED) {
        throw conflict('A practice case needs a completed course', 'enrollmentId');
      }
      if (courseId !== null && courseId !== enrollment.course.id) {
        throw badInput({ field: 'courseId', message: 'does not match the enrolment’s course' });
      }
      courseId = enrollment.course.id;
    } else if (courseId !== null && !(await tx.count(Course, { id: courseId }))) {
      throw notFound('Course', courseId, 'courseId');
    }
    const practiceCase = tx.create(PracticeCase, {
      employee,
      enrollment,
      course: courseId === null ? null : tx.getReference(Course, courseId),
      title: input.title,
      summary: input.summary,
      status: PracticeCaseStatus.SUBMITTED,
      submittedAt: new Date(),
    });
    await tx.flush();
    recordAudit(
      tx,
      viewer,
      'practiceCase.submit',
      'PracticeCase',
      practiceCase.id,
      null,
      snapshot(practiceCase),
    );
    await emitEvent(tx, EventType.PRACTICE_CASE_SUBMITTED, {
      caseId: practiceCase.id,
      employeeId: employee.id,
      courseId,
      enrollmentId,
      managerId: employee.manager?.id ?? null,
    });
    return practiceCase;
  });
}

/** The manager's review (approve with a score, or reject); HR may review any case. */
export async function reviewPracticeCase(
  em: EntityManager,
  viewer: Viewer,
  input: ReviewPracticeCaseInput,
): Promise<PracticeCase> {
  const caseId = parseGlobalId(input.caseId, 'PracticeCase', 'caseId');
  if (input.decision === ReviewDecision.APPROVE && (input.score === undefined || input.score === null)) {
    throw badInput({ field: 'score', message: 'is required to approve a case' });
  }
  return inTransaction(em, async (tx) => {
    const practiceCase = await tx.findOne(PracticeCase, caseId);
    // Knowledge-base cases are readable by everyone, but only reviewable within scope.
    if (!practiceCase || !(await tx.count(Employee, { id: practiceCase.employee.id }))) {
      throw notFound('PracticeCase', caseId, 'caseId');
    }
    if (practiceCase.employee.id === viewer.employeeId)
      throw forbidden('You cannot review your own case', 'caseId');
    if (practiceCase.status !== PracticeCaseStatus.SUBMITTED) {
      throw conflict(`The case was already ${practiceCase.status.toLowerCase()}`, 'caseId');
    }
    const before = snapshot(practiceCase);
    practiceCase.status =
      input.decision === ReviewDecision.APPROVE ? PracticeCaseStatus.APPROVED : PracticeCaseStatus.REJECTED;
    practiceCase.reviewedAt = new Date();
    practiceCase.reviewer =
      viewer.employeeId === null ? null : (tx.getReference(Employee, viewer.employeeId) as never);
    practiceCase.reviewScore = input.score ?? null;
    practiceCase.reviewComment = input.comment ?? null;
    await tx.flush();
    recordAudit(
      tx,
      viewer,
      `practiceCase.${input.decision.toLowerCase()}`,
      'PracticeCase',
      practiceCase.id,
      before,
      snapshot(practiceCase),
    );
    await emitEvent(tx, EventType.PRACTICE_CASE_REVIEWED, {
      caseId: practiceCase.id,
      employeeId: practiceCase.employee.id,
      courseId: practiceCase.course?.id ?? null,
      enrollmentId: practiceCase.enrollment?.id ?? null,
      decision: practiceCase.status,
      score: practiceCase.reviewScore,
      reviewerEmployeeId: viewer.employeeId,
    });
    return practiceCase;
  });
}

/** HR adopts an approved case into the knowledge base (award evidence, reusable by others). */
export async function adoptPracticeCase(
  em: EntityManager,
  viewer: Viewer,
  caseGlobalId: string,
): Promise<PracticeCase> {
  const caseId = parseGlobalId(caseGlobalId, 'PracticeCase', 'caseId');
  return inTransaction(em, async (tx) => {
    const practiceCase = await tx.findOne(PracticeCase, caseId);
    if (!practiceCase) throw notFound('PracticeCase', caseId, 'caseId');
    if (practiceCase.adoptedAt) throw conflict('The case is already in the knowledge base', 'caseId');
    if (practiceCase.status !== PracticeCaseStatus.APPROVED)
      throw conflict('Only approved cases can be adopted', 'caseId');
    const before = snapshot(practiceCase);
    practiceCase.adoptedAt = new Date();
    await tx.flush();
    recordAudit(
      tx,
      viewer,
      'practiceCase.adopt',
      'PracticeCase',
      practiceCase.id,
      before,
      snapshot(practiceCase),
    );
    await emitEvent(tx, EventType.PRACTICE_CASE_ADOPTED, {
      caseId: practiceCase.id,
      employeeId: practiceCase.employee.id,
      courseId: practiceCase.course?.id ?? null,
    });
    return practiceCase;
  });
}

/** A department reuses a knowledge-base case. Managers cite for departments in their subtree. */
export async function recordCitation(
  em: EntityManager,
  viewer: Viewer,
  input: RecordCitationInput,
): Promise<KnowledgeCitation> {
  const caseId = parseGlobalId(input.caseId, 'PracticeCase', 'caseId');
  const departmentId = parseGlobalId(input.departmentId, 'Department', 'departmentId');
  return inTransaction(em, async (tx) => {
    const practiceCase = await tx.findOne(PracticeCase, caseId);
    if (!practiceCase) throw notFound('PracticeCase', caseId, 'caseId');
    if (!practiceCase.adoptedAt) throw conflict('Only knowledge-base (adopted) cases can be cited', 'caseId');
    const department = await tx.findOne(Department, departmentId);
    if (!department) throw notFound('Department', departmentId, 'departmentId');
    const scope = tx.getFilterParams<ScopeParams>(SCOPE_FILTER);
    if (scope?.kind === 'subtree' && !department.path.startsWith(scope.departmentPath ?? '\u0000')) {
      throw forbidden('You can only record citations for departments you manage', 'departmentId');
    }
    const citation = tx.create(KnowledgeCitation, {
      practiceCase,
      department,
      citedBy: viewer.employeeId === null ? null : tx.getReference(Employee, viewer.employeeId),
      citedAt: new Date(),
      note: input.note ?? null,
    });
    await tx.flush();
    recordAudit(
      tx,
      viewer,
      'knowledgeCitation.create',
      'KnowledgeCitation',
      citation.id,
      null,
      snapshot(citation),
    );
    await emitEvent(tx, EventType.PRACTICE_CASE_CITED, {
      citationId: citation.id,
      caseId: practiceCase.id,
      employeeId: practiceCase.employee.id,
      departmentId: department.id,
    });
    return citation;
  });
}
