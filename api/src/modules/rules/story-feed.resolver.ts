import { Arg, Authorized, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { DateTimeScalar } from '../../common/scalars';
import type { Context } from '../../context';
import { publishedStories } from './story-feed.service';

@ObjectType('FeedStory', { description: 'A published success story, as everyone in the company sees it.' })
export class FeedStoryType {
  @Field(() => Int) databaseId!: number;
  @Field() employeeName!: string;
  @Field() departmentName!: string;
  @Field(() => String, { nullable: true, description: 'The award campaign it was published by.' })
  campaign!: string | null;
  @Field() title!: string;
  @Field() body!: string;
  @Field(() => DateTimeScalar) publishedAt!: Date;
}

@Resolver()
export class StoryFeedResolver {
  @Authorized()
  @Query(() => [FeedStoryType], {
    description:
      "Published success stories of award winners, company-wide, newest first (the article's 示范效应); " +
      'unpublished stories and the winners’ archives stay in scope.',
  })
  async successStoryFeed(
    @Arg('first', () => Int, { nullable: true, description: '1–50, default 10.' })
    first: number | null,
    @Ctx() ctx: Context,
  ): Promise<FeedStoryType[]> {
    const stories = await publishedStories(ctx.em, first ?? 10);
    return stories.map(({ id, ...s }) => ({ databaseId: id, ...s }));
  }
}
