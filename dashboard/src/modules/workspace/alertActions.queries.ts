import { graphql } from '../../graphql/generated';

/** A manager's action on an alert; the follow-up task as it is afterwards. */
export const ActOnTeamAlertDocument = graphql(`
  mutation ActOnTeamAlert($impactId: Int!, $input: TeamAlertActionInput!) {
    actOnTeamAlert(impactId: $impactId, input: $input) {
      taskId
      status
      dueOn
      cause
      retrainingEnrollmentId
    }
  }
`);

/** Active courses to assign instead (the catalogue is small: one page). */
export const AssignableCoursesDocument = graphql(`
  query AssignableCourses {
    courses(first: 100, filter: { active: true }) {
      nodes {
        id
        name
      }
    }
  }
`);
