import { graphql } from '../../graphql/generated';

export const RuleVersionsDocument = graphql(`
  query RuleVersions($kind: RuleKind!, $key: String!) {
    rules(kind: $kind, key: $key, history: true) {
      databaseId
      version
      active
      createdAt
      createdBy
      definition
    }
  }
`);

export const PreviewRuleChangeDocument = graphql(`
  query PreviewRuleChange(
    $kind: RuleKind!
    $key: String!
    $definition: JSONObject!
    $first: Int
    $offset: Int
  ) {
    previewRuleChange(kind: $kind, key: $key, definition: $definition, first: $first, offset: $offset) {
      kind
      key
      currentVersion
      draftVersion
      asOf
      evaluated
      changed
      transitions {
        before
        after
        count
      }
      changes {
        employeeId
        employeeNo
        name
        subject
        before
        after
        beforeValue
        afterValue
      }
    }
  }
`);

export const SaveRuleVersionDocument = graphql(`
  mutation SaveRuleVersion($kind: RuleKind!, $key: String!, $definition: JSONObject!) {
    saveRule(kind: $kind, key: $key, definition: $definition) {
      databaseId
      kind
      key
      version
      active
      createdAt
      createdBy
      definition
    }
  }
`);
