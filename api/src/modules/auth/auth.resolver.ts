import { IsString, Length, Min } from 'class-validator';
import {
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Employee } from '@talentloop/db/entities';
import { Role, type Viewer } from '../../auth/viewer';
import type { Context } from '../../context';
import { EmployeeType } from '../employee/employee.type';
import { devLogin, revokeSessions } from './auth.service';
import { AuthPayloadType, LoginSessionType, ViewerType } from './auth.type';

@ArgsType()
class DevLoginArgs {
  @Field({ description: 'A demo login: hr, exec, manager, employee, integration.' })
  @IsString()
  @Length(1, 64)
  username!: string;
}

@ArgsType()
class LoginArgs {
  @Field(() => Int, { description: 'The login (app_user id, the JWT `sub`).' })
  @Min(1)
  userId!: number;
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

  @Authorized(Role.HR)
  @Mutation(() => LoginSessionType, {
    description:
      'Ends every session of a login: its existing tokens are refused (UNAUTHENTICATED, reason TOKEN_REVOKED) by the API and Cube within SESSION_CHECK_SECONDS. The login itself stays active.',
  })
  async revokeSessions(@Args(() => LoginArgs) args: LoginArgs, @Ctx() ctx: Context) {
    const state = await revokeSessions(ctx.em, ctx.viewer!, args.userId, false);
    ctx.sessions.forget(args.userId);
    return state;
  }

  @Authorized(Role.HR)
  @Mutation(() => LoginSessionType, {
    description:
      'Deactivates a login: no new token can be issued for it and its existing tokens are revoked.',
  })
  async deactivateLogin(@Args(() => LoginArgs) args: LoginArgs, @Ctx() ctx: Context) {
    const state = await revokeSessions(ctx.em, ctx.viewer!, args.userId, true);
    ctx.sessions.forget(args.userId);
    return state;
  }

  @FieldResolver(() => EmployeeType, {
    nullable: true,
    description: 'Your own employee record, if your login has one.',
  })
  employee(@Root() viewer: Viewer, @Ctx() ctx: Context) {
    return viewer.employeeId === null ? null : ctx.loaders.byId(Employee).load(viewer.employeeId);
  }
}
