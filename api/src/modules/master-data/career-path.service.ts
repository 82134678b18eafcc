import type { EntityManager } from '@mikro-orm/core';
import { CareerPath, Position } from '@talentloop/db/entities';
import type { Viewer } from '../../auth/viewer';
import { toGlobalId } from '../../common/relay';
import { inTransaction, recordAudit } from '../audit/audit.service';
import type { CareerPathInput } from './master-data.inputs';
import { problemError, RefIndex, RowReport, type SyncStatus } from './master-data.sync';
import { assertCompanyWideWriter } from '../../auth/write-scope';
import { number } from './master-data.validate';

// Career-path edges are keyed by their two positions (unique from → to), so an upsert is
// idempotent without an external key of its own; positions are named by id or external id.

export interface CareerPathChange {
  status: SyncStatus;
  fromPositionId: string;
  toPositionId: string;
  typicalMonths: number | null;
}

async function resolveEdge(tx: EntityManager, viewer: Viewer, input: CareerPathInput, r: RowReport) {
  // Positions are company-wide: a department-limited writer may not change the career graph.
  assertCompanyWideWriter(viewer, 'Career paths are company-wide master data');
  const positions = new RefIndex(Position, 'Position');
  const refs = ['fromPosition', 'toPosition'] as const;
  await positions.load(
    tx,
    refs.map((name) => ({
      id: input[`${name}Id`],
      externalId: input[`${name}ExternalId`],
      sourceSystem: input.sourceSystem,
    })),
  );
  const [from, to] = refs.map((name) => {
    const position = positions.resolve(
      r,
      name,
      input[`${name}Id`],
      input[`${name}ExternalId`],
      input.sourceSystem,
    );
    if (position === undefined) r.bad(`${name}Id`, 'is required');
    return position ?? null;
  });
  if (from && to && from === to) r.bad('toPositionId', 'must differ from fromPosition');
  if (!r.ok) throw problemError(r.problems);
  return { from: from!, to: to! };
}

const change = (
  status: SyncStatus,
  from: Position,
  to: Position,
  months: number | null,
): CareerPathChange => ({
  status,
  fromPositionId: toGlobalId('Position', from.id),
  toPositionId: toGlobalId('Position', to.id),
  typicalMonths: months,
});

export async function upsertCareerPath(em: EntityManager, viewer: Viewer, input: CareerPathInput) {
  return inTransaction(em, async (tx) => {
    const r = new RowReport(0, 'input');
    const months = number(r, 'typicalMonths', input.typicalMonths, { min: 0, max: 600, integer: true });
    const { from, to } = await resolveEdge(tx, viewer, input, r);
    const edge = await tx.findOne(CareerPath, { fromPosition: from, toPosition: to });
    if (edge && (months === undefined || (edge.typicalMonths ?? null) === months))
      return change('UNCHANGED', from, to, edge.typicalMonths ?? null);
    if (edge) {
      const before = { typicalMonths: edge.typicalMonths ?? null };
      edge.typicalMonths = months;
      await tx.flush();
      recordAudit(tx, viewer, 'careerPath.update', 'CareerPath', edge.id, before, { typicalMonths: months });
      return change('UPDATED', from, to, months ?? null);
    }
    const created = tx.create(CareerPath, {
      fromPosition: from,
      toPosition: to,
      typicalMonths: months ?? null,
    });
    await tx.flush();
    recordAudit(tx, viewer, 'careerPath.create', 'CareerPath', created.id, null, {
      fromPosition: from.id,
      toPosition: to.id,
      typicalMonths: months ?? null,
    });
    return change('CREATED', from, to, months ?? null);
  });
}

/** Removes an edge; removing an absent edge is UNCHANGED (idempotent). */
export async function removeCareerPath(em: EntityManager, viewer: Viewer, input: CareerPathInput) {
  return inTransaction(em, async (tx) => {
    const { from, to } = await resolveEdge(tx, viewer, input, new RowReport(0, 'input'));
    const edge = await tx.findOne(CareerPath, { fromPosition: from, toPosition: to });
    if (!edge) return change('UNCHANGED', from, to, null);
    recordAudit(
      tx,
      viewer,
      'careerPath.remove',
      'CareerPath',
      edge.id,
      {
        fromPosition: from.id,
        toPosition: to.id,
        typicalMonths: edge.typicalMonths ?? null,
      },
      null,
    );
    tx.remove(edge);
    return change('REMOVED', from, to, null);
  });
}
