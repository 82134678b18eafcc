import type { EntityManager } from '@mikro-orm/core';
import { Employee, PeerFeedback, PerformanceReview } from '@talentloop/db/entities';
import { quarterStart, scoreReview } from '@talentloop/rules';
import { Role, type Viewer } from '../../auth/viewer';
import { badInput, conflict, forbidden, notFound } from '../../common/errors';
import { parseGlobalId } from '../../common/relay';
import { inTransaction, recordAudit, snapshot } from '../audit/audit.service';
import { requireVisibleEmployee } from '../employee/employee.service';
import { emitEvent, EventType } from '../events/events.service';
import type { CreatePerformanceReviewInput, GivePeerFeedbackInput } from './performance.inputs';

/** A quarterly review by the employee's manager (row scope) or HR; never of oneself. */
export async function createPerformanceReview(
  em: EntityManager,
  viewer: Viewer,
  input: CreatePerformanceReviewInput,
): Promise<PerformanceReview> {
  const employeeId = parseGlobalId(input.employeeId, 'Employee', 'employeeId');
  if (employeeId === viewer.employeeId) throw forbidden('You cannot review yourself', 'employeeId');
  return inTransaction(em, async (tx) => {
    const employee = await requireVisibleEmployee(tx, employeeId, 'employeeId');
    if (await tx.count(PerformanceReview, { employee: employee.id, period: input.period })) {
      throw conflict(`${input.period} is already reviewed for this employee`, 'period');
    }
    // Final score (clamped) and its rating, as every other path derives them.
    const { finalScore, rating } = scoreReview(input.baseScore, input.trainingAdjustment);
    if (input.rating != null && input.rating !== rating)
      throw badInput({
        field: 'rating',
        message: `must be ${rating} for final score ${finalScore} (or omitted)`,
      });
    const review = tx.create(PerformanceReview, {
      employee,
      period: input.period,
      periodStart: quarterStart(input.period),
      baseScore: input.baseScore,
      trainingAdjustment: input.trainingAdjustment,
      finalScore,
      rating,
      reviewer: viewer.employeeId === null ? null : tx.getReference(Employee, viewer.employeeId),
      reviewedAt: new Date(),
    });
    await tx.flush();
    recordAudit(
      tx,
      viewer,
      'performanceReview.create',
      'PerformanceReview',
      review.id,
      null,
      snapshot(review),
    );
    await emitEvent(tx, EventType.PERFORMANCE_REVIEWED, {
      reviewId: review.id,
      employeeId: employee.id,
      period: review.period,
      finalScore,
      rating: review.rating,
    });
    return review;
  });
}

/**
 * 同事评价 from the caller (who needs an employee record) about a colleague: someone in the
 * same department, or — for managers — anyone in their scope.
 */
export async function givePeerFeedback(
  em: EntityManager,
  viewer: Viewer,
  input: GivePeerFeedbackInput,
): Promise<PeerFeedback> {
  const employeeId = parseGlobalId(input.employeeId, 'Employee', 'employeeId');
  if (viewer.employeeId === null) throw forbidden('Peer feedback needs a login linked to an employee');
  if (employeeId === viewer.employeeId)
    throw badInput({ field: 'employeeId', message: 'must be a colleague, not yourself' });
  const fromId = viewer.employeeId;
  return inTransaction(em, async (tx) => {
    // Colleagues are outside an employee's read scope, so the target is checked unscoped
    // against the business rule instead, and nothing about them is returned but the new row.
    const target = await tx.findOne(Employee, employeeId, { filters: false, fields: ['department'] });
    const giver = await tx.findOne(Employee, fromId, { filters: false, fields: ['department'] });
    if (!target || !giver) throw notFound('Employee', employeeId, 'employeeId');
    const sameDepartment = target.department.id === giver.department.id;
    const inScope = viewer.role !== Role.EMPLOYEE && (await tx.count(Employee, { id: employeeId })) > 0;
    if (!sameDepartment && !inScope)
      throw forbidden('Feedback is for colleagues in your department', 'employeeId');
    if (
      await tx.count(
        PeerFeedback,
        { employee: employeeId, fromEmployee: fromId, period: input.period },
        { filters: false },
      )
    ) {
      throw conflict(`You already gave feedback to this colleague for ${input.period}`, 'period');
    }
    const feedback = tx.create(PeerFeedback, {
      employee: tx.getReference(Employee, employeeId),
      fromEmployee: tx.getReference(Employee, fromId),
      period: input.period,
      score: input.score,
      comment: input.comment ?? null,
      createdAt: new Date(),
    });
    await tx.flush();
    recordAudit(tx, viewer, 'peerFeedback.create', 'PeerFeedback', feedback.id, null, snapshot(feedback));
    await emitEvent(tx, EventType.PEER_FEEDBACK_GIVEN, {
      feedbackId: feedback.id,
      employeeId,
      fromEmployeeId: fromId,
      period: input.period,
      score: input.score,
    });
    return feedback;
  });
}
