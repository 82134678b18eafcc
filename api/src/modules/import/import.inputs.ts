import { IsBoolean, IsEnum, IsNotEmpty, IsOptional, IsString } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { ImportKind } from './import.headers';
import { ImportFormat } from './import.parser';

@InputType({ description: 'A historical-data file from an old system (limit 3 MB; docs/import.md).' })
export class ImportArchiveInput {
  @Field(() => ImportKind)
  @IsEnum(ImportKind)
  kind!: ImportKind;

  @Field(() => ImportFormat)
  @IsEnum(ImportFormat)
  format!: ImportFormat;

  @Field({ description: 'The file, base64-encoded (a data: URL prefix is accepted).' })
  @IsString()
  @IsNotEmpty()
  contentBase64!: string;

  @Field({ defaultValue: false, description: 'Validate and report what would change; write nothing.' })
  @IsOptional()
  @IsBoolean()
  dryRun: boolean = false;

  @Field({
    defaultValue: false,
    description:
      'false (default): any invalid row and nothing is written. true: write the valid rows, reject the others.',
  })
  @IsOptional()
  @IsBoolean()
  allowPartial: boolean = false;
}
