import { graphql } from '../../graphql/generated';

export const ImportArchiveDocument = graphql(`
  mutation ImportArchive($input: ImportArchiveInput!) {
    importArchive(input: $input) {
      kind
      format
      dryRun
      committed
      totalRows
      inserted
      updated
      unchanged
      rejected
      errorCount
      errors {
        row
        field
        code
        values
      }
      ignoredColumns
    }
  }
`);
