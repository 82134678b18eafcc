import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Role } from '../../auth/viewer';

registerEnumType(Role, {
  name: 'Role',
  description: 'Determines what rows and operations a caller may use.',
});

@ObjectType('Viewer', { description: 'The authenticated caller.' })
export class ViewerType {
  @Field(() => Int, { description: 'app_user id (JWT sub).' })
  userId!: number;

  @Field(() => String, { nullable: true })
  username!: string | null;

  @Field(() => Role)
  role!: Role;

  @Field(() => [String], {
    description: 'Integration scopes (archive:read, archive:write, kpi:write, pii:read).',
  })
  scopes!: string[];
}

@ObjectType('AuthPayload')
export class AuthPayloadType {
  @Field({ description: 'Send as `Authorization: Bearer <token>`.' })
  token!: string;

  @Field(() => ViewerType)
  viewer!: ViewerType;
}

@ObjectType('LoginSession', { description: "A login's session state after a revocation." })
export class LoginSessionType {
  @Field(() => Int)
  userId!: number;

  @Field({ description: 'False once deactivated: no new tokens are issued.' })
  active!: boolean;

  @Field(() => Int, { description: 'Tokens issued with a lower version are refused.' })
  tokenVersion!: number;
}
