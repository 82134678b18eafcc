import { IsString, Length } from 'class-validator';
import {
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Employee } from '@talentloop/db/entities';
import type { Viewer } from '../../auth/viewer';
import type { Context } from '../../context';
import { EmployeeType } from '../employee/employee.type';
import { devLogin } from './auth.service';
import { AuthPayloadType, ViewerType } from './auth.type';

@ArgsType()
class DevLoginArgs {
  @Field({ description: 'A demo login: hr, exec, manager, employee, integration.' })
  @IsString()
  @Length(1, 64)
  username!: string;
}

@Resolver(() => ViewerType)
export class AuthResolver {
  @Authorized()
  @Query(() => ViewerType, { description: 'Who you are, as the API sees your token.' })
  me(@Ctx() ctx: Context): Viewer {
    return ctx.viewer!;
  }

  @Mutation(() => AuthPayloadType, {
    description: 'Development only (disabled when NODE_ENV=production): a token for a demo login.',
  })
  devLogin(@Args(() => DevLoginArgs) args: DevLoginArgs, @Ctx() ctx: Context) {
    return devLogin(ctx.em, ctx.config, args.username);
  }

  @FieldResolver(() => EmployeeType, {
    nullable: true,
    description: 'Your own employee record, if your login has one.',
  })
  employee(@Root() viewer: Viewer, @Ctx() ctx: Context) {
    return viewer.employeeId === null ? null : ctx.loaders.byId(Employee).load(viewer.employeeId);
  }
}
