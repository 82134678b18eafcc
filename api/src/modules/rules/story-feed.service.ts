import type { EntityManager } from '@mikro-orm/core';
import { SuccessStory } from '@talentloop/db/entities';
import { badInput } from '../../common/errors';

// The success-story feed (the article's 示范效应: winners' paths shown to everyone). A story is
// published by HR on purpose, so once published it is company-wide news, not an archive row: the
// feed reads past the row scope, but only published stories and only what the story shows
// (name, department, campaign, title, text) — never the winner's archive.

export interface FeedStory {
  id: number;
  employeeName: string;
  departmentName: string;
  campaign: string | null;
  title: string;
  body: string;
  publishedAt: Date;
}

export async function publishedStories(em: EntityManager, first: number): Promise<FeedStory[]> {
  if (!Number.isInteger(first) || first < 1 || first > 50)
    throw badInput({ field: 'first', message: 'must be between 1 and 50' });
  const rows = await em.find(
    SuccessStory,
    { publishedAt: { $ne: null } },
    {
      populate: ['employee.department', 'award.campaign'],
      orderBy: { publishedAt: 'desc', id: 'desc' },
      limit: first,
      filters: false,
    },
  );
  return rows.map((s) => {
    const employee = s.employee.getEntity();
    return {
      id: s.id,
      employeeName: employee.name,
      departmentName: employee.department.getEntity().name,
      campaign: s.award?.getEntity().campaign.getEntity().name ?? null,
      title: s.title,
      body: s.body,
      publishedAt: s.publishedAt!,
    };
  });
}
