import { graphql } from '../../graphql/generated';

/** Published winners' stories, company-wide (示范效应). */
export const StoryFeedDocument = graphql(`
  query StoryFeed($first: Int) {
    successStoryFeed(first: $first) {
      databaseId
      employeeName
      departmentName
      campaign
      title
      body
      publishedAt
    }
  }
`);
