import type { EntityManager } from '@mikro-orm/core';
import type { Viewer } from '../../auth/viewer';
import { toGlobalId } from '../../common/relay';
import {
  awardCampaignSpec,
  competencySpec,
  courseSessionSpec,
  courseSpec,
  departmentSpec,
  employeeSpec,
  positionSpec,
  productionLineSpec,
} from './master-data.specs';
import { syncRows, type KeyedInput, type SyncRowResult, type SyncSpec } from './master-data.sync';

// Which spec serves which entity; resolvers name the kind, specs are built per call.

const SPECS = {
  department: departmentSpec,
  position: positionSpec,
  competency: competencySpec,
  employee: employeeSpec,
  course: courseSpec,
  courseSession: courseSessionSpec,
  productionLine: productionLineSpec,
  awardCampaign: awardCampaignSpec,
} as const;

export type SyncKind = keyof typeof SPECS;

const specFor = (kind: SyncKind) => SPECS[kind]() as unknown as SyncSpec<KeyedInput, { id: number }>;

/** A single mutation: the row's result, or the GraphQL error of its first problem. */
export async function syncOne(
  em: EntityManager,
  viewer: Viewer,
  kind: SyncKind,
  input: object,
  options: { mustExist?: boolean } = {},
): Promise<SyncRowResult> {
  const [result] = await syncRows(em, viewer, specFor(kind), [input as KeyedInput], {
    single: true,
    ...options,
  });
  return withId(result!);
}

const withId = (row: SyncRowResult) => ({
  ...row,
  id: row.databaseId ? toGlobalId(row.typeName, row.databaseId) : null,
});

/** A nightly batch: one transaction, a result per row (bad rows ERROR, the rest written). */
export async function syncMany(em: EntityManager, viewer: Viewer, kind: SyncKind, rows: object[]) {
  return (await syncRows(em, viewer, specFor(kind), rows as KeyedInput[])).map(withId);
}
