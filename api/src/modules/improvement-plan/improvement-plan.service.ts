import type { EntityManager } from '@mikro-orm/core';
import { ImprovementPlan, ImprovementPlanStatus } from '@talentloop/db/entities';
import type { Viewer } from '../../auth/viewer';
import { badInput, forbidden, notFound } from '../../common/errors';
import { parseGlobalId } from '../../common/relay';
import { inTransaction, recordAudit } from '../audit/audit.service';
import { writePrefix } from '../../auth/write-scope';
import type { ImprovementPlanUpdateInput } from './improvement-plan.type';

/**
 * HR (or a masterdata:write integration within its subtree) edits a plan's target or closes /
 * reopens it. Plans also close on their own when a retake meets the target
 * (rules/impact.service.ts closeImprovementPlans). An edit that changes nothing writes nothing.
 */
export async function updateImprovementPlan(
  em: EntityManager,
  viewer: Viewer,
  input: ImprovementPlanUpdateInput,
  now = new Date(),
): Promise<ImprovementPlan> {
  const id = parseGlobalId(input.id, 'ImprovementPlan', 'input.id');
  const target = input.target == null ? undefined : input.target.trim();
  if (target !== undefined && (target.length < 1 || target.length > 500))
    throw badInput({ field: 'input.target', message: 'must be 1–500 characters' });
  return inTransaction(em, async (tx) => {
    // Unscoped look-up, then the writer's subtree: the row filter needs archive:read, a writer may not hold it.
    const plan = await tx.findOne(ImprovementPlan, id, {
      filters: false,
      populate: ['employee.department'],
    });
    if (!plan) throw notFound('ImprovementPlan', input.id, 'input.id');
    const prefix = await writePrefix(tx, viewer);
    if (prefix !== null && !plan.employee.getEntity().department.getEntity().path.startsWith(prefix))
      throw forbidden('The plan belongs to someone outside your department subtree', 'input.id');
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    if (target !== undefined && target !== (plan.target ?? null)) {
      before.target = plan.target ?? null;
      after.target = plan.target = target;
    }
    if (input.status && input.status !== plan.status) {
      before.status = plan.status;
      after.status = plan.status = input.status;
      plan.closedAt = input.status === ImprovementPlanStatus.CLOSED ? now : null;
    }
    if (Object.keys(after).length)
      recordAudit(tx, viewer, 'improvementPlan.update', 'ImprovementPlan', plan.id, before, after);
    return plan;
  });
}
