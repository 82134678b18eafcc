import { ArrayMaxSize, IsEnum, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ImprovementPlanStatus } from '@talentloop/db/entities';
import { Connection, PageInput } from '../../common/relay';
import { DateScalar, DateTimeScalar } from '../../common/scalars';
import { CauseCodeEnum } from './rules.enums';
import { TrainingImpactType } from './rules.type';
import { TeamAlertAction } from './team-alert-actions.service';

// GraphQL shapes of teamAlerts: codes and values only (verdicts, causes, actions, task status);
// the dashboard words them in the reader's language.

@ObjectType('TeamAlert', {
  description: 'A stored NO_CHANGE or RETRAIN verdict of the latest completed attempt of a course.',
})
export class TeamAlertType {
  @Field(() => Int, { description: 'Database id of the training_impact row.' }) impactId!: number;
  @Field(() => ID, { description: 'Global id (Employee).' }) employeeId!: string;
  @Field() employeeNo!: string;
  @Field() employeeName!: string;
  @Field(() => ID, { description: 'Global id (Department).' }) departmentId!: string;
  @Field() departmentName!: string;
  @Field(() => ID, { description: 'Global id (Course).' }) courseId!: string;
  @Field() courseName!: string;
  @Field(() => Int) enrollmentId!: number;
  @Field(() => DateScalar, { nullable: true }) completedOn!: string | null;
  @Field({ description: 'NO_CHANGE or RETRAIN.' }) verdict!: string;
  @Field(() => [String], { description: 'Codes of the causes the rule asks the manager to check.' })
  causes!: string[];
  @Field(() => TrainingImpactType, { description: 'The stored evaluation: KPIs, actions, formula.' })
  impact!: TrainingImpactType;
  @Field(() => Int, { nullable: true, description: "The manager's follow-up task, if any." })
  taskId!: number | null;
  @Field(() => String, { nullable: true, description: 'OPEN, DONE or CANCELLED.' }) taskStatus!:
    string | null;
  @Field(() => DateScalar, { nullable: true }) dueOn!: string | null;
  @Field(() => CauseCodeEnum, { nullable: true, description: 'The cause the manager found (RECORD_CAUSE).' })
  foundCause!: string | null;
  @Field(() => String, { nullable: true, description: "The manager's latest note on the follow-up." })
  followUpNote!: string | null;
  @Field(() => [TeamAlertActionTakenType], { description: 'Actions taken on the alert, oldest first.' })
  actionsTaken!: TeamAlertActionTakenType[];
  @Field(() => ID, {
    nullable: true,
    description: "Global id of the employee's improvement plan for this course (an open one first).",
  })
  improvementPlanId!: string | null;
  @Field(() => ImprovementPlanStatus, {
    nullable: true,
    description: 'OPEN or CLOSED; null when there is none.',
  })
  improvementPlanStatus!: ImprovementPlanStatus | null;
  @Field(() => String, { nullable: true, description: "The plan's target to reach." })
  improvementPlanTarget!: string | null;
}

@ObjectType('TeamAlertActionTaken')
export class TeamAlertActionTakenType {
  @Field(() => TeamAlertAction) action!: TeamAlertAction;
  @Field(() => DateTimeScalar) at!: Date;
}

@ObjectType('TeamAlertVerdictCount')
export class TeamAlertVerdictCountType {
  @Field() verdict!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('TeamAlertSummary', { description: 'Totals over the whole scope (every page).' })
export class TeamAlertSummaryType {
  @Field(() => Int) total!: number;
  @Field(() => [TeamAlertVerdictCountType]) byVerdict!: TeamAlertVerdictCountType[];
}

@ObjectType('TeamAlertConnection')
export class TeamAlertConnection extends Connection(TeamAlertType, 'TeamAlert') {
  @Field(() => TeamAlertSummaryType)
  summary!: TeamAlertSummaryType;
}

@InputType({ description: 'Combined with AND; the caller’s row scope always applies on top.' })
export class TeamAlertFilter {
  @Field(() => ID, { nullable: true, description: 'A department: it and its whole subtree.' })
  @IsOptional()
  @IsString()
  departmentId?: string;

  @Field(() => [String], { nullable: true, description: 'NO_CHANGE and/or RETRAIN (default both).' })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  verdicts?: string[];

  @Field({ nullable: true, description: 'Case-insensitive substring of the name or the employee number.' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  search?: string;
}

@ArgsType()
export class TeamAlertsArgs extends PageInput {
  @Field(() => TeamAlertFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: TeamAlertFilter;
}

registerEnumType(TeamAlertAction, {
  name: 'TeamAlertAction',
  description: 'What a manager does about an alert; each lands on its follow-up task and the audit log.',
});

@InputType()
export class TeamAlertActionInput {
  @Field(() => TeamAlertAction)
  @IsEnum(TeamAlertAction)
  action!: TeamAlertAction;

  @Field(() => DateScalar, { nullable: true, description: 'SCHEDULE_CONVERSATION: the day of the talk.' })
  @IsOptional()
  dueOn?: string;

  @Field(() => CauseCodeEnum, { nullable: true, description: 'RECORD_CAUSE: the cause found.' })
  @IsOptional()
  causeCode?: string;

  @Field(() => ID, { nullable: true, description: 'ASSIGN_COURSE: the course to take instead (global id).' })
  @IsOptional()
  @IsString()
  courseId?: string;

  @Field(() => String, {
    nullable: true,
    description: 'OPEN_IMPROVEMENT_PLAN: the target to reach (1–500 characters).',
  })
  @IsOptional()
  @IsString()
  target?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  note?: string;
}

@ObjectType('TeamAlertFollowUp', { description: "The alert's follow-up task after the action." })
export class TeamAlertFollowUpType {
  @Field(() => Int) taskId!: number;
  @Field({ description: 'OPEN, DONE or CANCELLED.' }) status!: string;
  @Field(() => DateScalar, { nullable: true }) dueOn!: string | null;
  @Field(() => CauseCodeEnum, { nullable: true }) cause!: string | null;
  @Field(() => Int, { nullable: true, description: 'ASSIGN_RETRAINING: the new enrollment.' })
  retrainingEnrollmentId!: number | null;
}
