import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { Course, type CourseSession } from '@talentloop/db/entities';
import { pageWindow, toConnection, type PageRequest } from '../../common/relay';

export interface CourseFilterInput {
  category?: string;
  core?: boolean;
  active?: boolean;
  search?: string;
}

export async function listCourses(
  em: EntityManager,
  filter: CourseFilterInput | undefined,
  page: PageRequest,
) {
  const { limit, offset } = pageWindow(page);
  const where: FilterQuery<Course> = {};
  if (filter?.category) where.category = filter.category;
  if (filter?.core !== undefined && filter.core !== null) where.core = filter.core;
  if (filter?.active !== undefined && filter.active !== null) where.active = filter.active;
  if (filter?.search?.trim()) {
    const pattern = `%${filter.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.$or = [{ name: { $ilike: pattern } }, { code: { $ilike: pattern } }];
  }
  const [rows, total] = await em.findAndCount(Course, where, {
    orderBy: [{ code: 'asc' }, { id: 'asc' }],
    limit,
    offset,
  });
  return toConnection(rows, total, offset);
}

/** Folds per-session averages into one, weighting each session by its number of ratings. */
export function sessionRatingSummary(sessions: Pick<CourseSession, 'ratingAvg' | 'ratingCount'>[]) {
  let sum = 0;
  let count = 0;
  for (const s of sessions) {
    if (s.ratingAvg === null || s.ratingAvg === undefined || !s.ratingCount) continue;
    sum += Number(s.ratingAvg) * s.ratingCount;
    count += s.ratingCount;
  }
  return { average: count ? Math.round((sum / count) * 100) / 100 : null, count };
}
