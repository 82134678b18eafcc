import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { EmployeeStatus, PositionFamily } from '@talentloop/db/entities';
import { DateScalar } from '../../common/scalars';

export enum EmployeeSortField {
  NAME = 'NAME',
  EMPLOYEE_NO = 'EMPLOYEE_NO',
  HIRE_DATE = 'HIRE_DATE',
  LEVEL = 'LEVEL',
}

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(EmployeeSortField, { name: 'EmployeeSortField' });
registerEnumType(SortDirection, { name: 'SortDirection' });

@InputType({
  description: 'All conditions are combined with AND; the caller’s row scope always applies on top.',
})
export class EmployeeFilter {
  @Field(() => ID, { nullable: true, description: 'A department: it and its whole subtree.' })
  @IsOptional()
  @IsString()
  departmentId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  positionId?: string;

  @Field(() => PositionFamily, { nullable: true })
  @IsOptional()
  positionFamily?: PositionFamily;

  @Field(() => Int, { nullable: true, description: 'Position level (1 = entry).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(20)
  level?: number;

  @Field(() => DateScalar, { nullable: true, description: 'Hired on or after.' })
  @IsOptional()
  hiredFrom?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Hired on or before.' })
  @IsOptional()
  hiredTo?: string;

  @Field({ nullable: true, description: 'Case-insensitive substring of the name or the employee number.' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  search?: string;

  @Field(() => EmployeeStatus, { nullable: true })
  @IsOptional()
  status?: EmployeeStatus;
}

@InputType()
export class EmployeeSort {
  @Field(() => EmployeeSortField)
  @IsIn(Object.values(EmployeeSortField))
  field!: EmployeeSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  @IsIn(Object.values(SortDirection))
  direction: SortDirection = SortDirection.ASC;
}
