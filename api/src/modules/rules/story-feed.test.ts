/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are checked by value */
import { SuccessStory } from '@talentloop/db/entities';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../testing/harness';

// successStoryFeed: published stories reach every employee (示范效应), unpublished ones and the
// winners' own archives stay in scope.

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ seed: { employees: 60, seed: 7 } });
});
afterAll(async () => api?.close());

const FEED = `query($n: Int) { successStoryFeed(first: $n) { databaseId employeeName departmentName campaign
  title body publishedAt } }`;

describe('successStoryFeed', () => {
  it('shows an employee the published stories of other people, newest first, and no unpublished one', async () => {
    const em = api.orm.em.fork();
    const published = await em.find(
      SuccessStory,
      { publishedAt: { $ne: null } },
      { orderBy: { publishedAt: 'desc', id: 'desc' }, filters: false },
    );
    expect(published.length).toBeGreaterThan(0);
    // One story unpublished: it must not appear.
    const hidden = published[0]!;
    hidden.publishedAt = null;
    await em.flush();
    const expected = published.slice(1, 11).map((s) => s.id);

    const employee = await api.login('employee');
    const res = await api.gql(FEED, { n: 10 }, employee);
    expect(res.errors).toBeUndefined();
    const feed = res.data!.successStoryFeed as any[];
    expect(feed.map((s) => s.databaseId)).toEqual(expected);
    expect(feed.every((s) => s.employeeName && s.departmentName && s.title && s.publishedAt)).toBe(true);
    // The employee's own scope still holds only themself: the feed is not a way into archives.
    const scoped = await api.gql(
      '{ me { employee { id } } successStories(first: 100) { employeeId } }',
      {},
      employee,
    );
    const self = scoped.data!.me.employee.id;
    expect((scoped.data!.successStories as any[]).filter((s) => s.employeeId !== self)).toEqual([]);
  });

  it('names a bad page size and refuses a caller without a session', async () => {
    const hr = await api.login('hr');
    const bad = await api.gql(FEED, { n: 0 }, hr);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(bad.errors?.[0]?.extensions)).toContain('first');
    const anonymous = await api.gql(FEED, { n: 5 });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
