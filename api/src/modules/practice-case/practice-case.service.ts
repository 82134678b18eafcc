import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { PracticeCase, type PracticeCaseStatus } from '@talentloop/db/entities';
import { pageWindow, toConnection, type PageRequest } from '../../common/relay';

export async function listPracticeCases(
  em: EntityManager,
  filter: { status?: PracticeCaseStatus; adopted?: boolean },
  page: PageRequest,
) {
  const { limit, offset } = pageWindow(page);
  const where: FilterQuery<PracticeCase> = {};
  if (filter.status) where.status = filter.status;
  if (filter.adopted === true) where.adoptedAt = { $ne: null };
  if (filter.adopted === false) where.adoptedAt = null;
  const [rows, total] = await em.findAndCount(PracticeCase, where, {
    orderBy: [{ submittedAt: 'desc' }, { id: 'desc' }],
    limit,
    offset,
  });
  return toConnection(rows, total, offset);
}
