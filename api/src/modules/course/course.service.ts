import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { Course } from '@talentloop/db/entities';
import type { GraphQLResolveInfo } from 'graphql';
import { paginate, type PageRequest } from '../../common/relay';

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
  info?: GraphQLResolveInfo,
) {
  const where: FilterQuery<Course> = {};
  if (filter?.category) where.category = filter.category;
  if (filter?.core !== undefined && filter.core !== null) where.core = filter.core;
  if (filter?.active !== undefined && filter.active !== null) where.active = filter.active;
  if (filter?.search?.trim()) {
    const pattern = `%${filter.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.$or = [{ name: { $ilike: pattern } }, { code: { $ilike: pattern } }];
  }
  return paginate(em, Course, where, [{ code: 'asc' }, { id: 'asc' }], page, info);
}
