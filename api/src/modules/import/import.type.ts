import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ImportKind } from './import.headers';
import { ImportFormat } from './import.parser';

registerEnumType(ImportKind, {
  name: 'ImportKind',
  description: 'What a historical-data file holds (columns per kind: docs/import.md).',
});
registerEnumType(ImportFormat, {
  name: 'ImportFormat',
  description: 'CSV (UTF-8 or GB18030/GBK) or an XLSX workbook (first non-empty sheet).',
});

@ObjectType('ImportRowError', {
  description: 'One problem: `row 7, exam_score: must be between 0 and 100 (got 105)`.',
})
export class ImportRowErrorType {
  @Field(() => Int, {
    description: 'Row as the user sees it: CSV line / worksheet row; the header is row 1.',
  })
  row!: number;

  @Field({ description: "Canonical column name (e.g. 'exam_score'); empty for a problem of the whole row." })
  field!: string;

  @Field({ description: 'English text for logs and scripts; prefer code + values.' })
  message!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The problem as a code: REQUIRED, NOT_A_NUMBER, NOT_TEXT, TOO_LONG, INVALID_DATE, INVALID_CHOICE, OUT_OF_RANGE, TOO_MANY_DECIMALS, TOO_EARLY, IN_FUTURE, REQUIRED_FOR_STATUS, EMPTY_FOR_STATUS, BEFORE_ENROLLED_ON, FINAL_SCORE_MISMATCH, RATING_MISMATCH, EMPLOYEE_OR_LINE_REQUIRED, EMPLOYEE_OR_LINE_NOT_BOTH, UNKNOWN_EMPLOYEE, OUTSIDE_SCOPE, UNKNOWN_KPI, UNKNOWN_DEPARTMENT, REQUIRED_FOR_NEW_LINE, LINE_OUTSIDE_SCOPE, UNKNOWN_COURSE, AMBIGUOUS_ENROLLMENT, DUPLICATE_ROW, DUPLICATE_COLUMN, MISSING_COLUMN, INVALID.',
  })
  code?: string | null;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'The values the problem names (min, max, expected, value, options).',
  })
  values?: Record<string, unknown> | null;
}

@ObjectType('ImportReport', {
  description: 'What an import did (or, for a dry run or a rejected file, would do).',
})
export class ImportReportType {
  @Field(() => ImportKind)
  kind!: ImportKind;

  @Field(() => ImportFormat)
  format!: ImportFormat;

  @Field()
  dryRun!: boolean;

  @Field({
    description:
      'True when the rows were written. False for dry runs and for files rejected because of invalid rows.',
  })
  committed!: boolean;

  @Field({ description: 'SHA-256 of the file (hex), as recorded in the audit log.' })
  checksum!: string;

  @Field(() => Int, { description: 'Data rows in the file (blank rows skipped).' })
  totalRows!: number;

  @Field(() => Int)
  inserted!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => Int, {
    description: 'Rows identical to what is stored (re-importing a file reports every row here).',
  })
  unchanged!: number;

  @Field(() => Int, { description: 'Rows with at least one problem.' })
  rejected!: number;

  @Field(() => Int, { description: 'All problems found; `errors` lists the first 1000.' })
  errorCount!: number;

  @Field(() => [ImportRowErrorType])
  errors!: ImportRowErrorType[];

  @Field(() => [String], {
    description: 'Headers that match no column of this kind; their cells were not imported.',
  })
  ignoredColumns!: string[];
}
