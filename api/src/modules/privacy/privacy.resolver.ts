import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { Role } from '../../auth/viewer';
import { parseGlobalId } from '../../common/relay';
import type { Context } from '../../context';
import { erasePersonalData, exportPersonalData } from './privacy.service';

@ObjectType('PersonalDataExport', {
  description: 'Everything stored about one person (PIPL art. 45), as a JSON file.',
})
class PersonalDataExportType {
  @Field({ description: 'Suggested file name, e.g. pipl-export-TL000123.json.' })
  fileName!: string;

  @Field({ description: 'The file: a JSON document (format talentloop-pipl-export/1).' })
  content!: string;
}

@ObjectType('PersonalDataErasure', {
  description: 'What an erasure by anonymisation changed (PIPL art. 47).',
})
class PersonalDataErasureType {
  @Field(() => Int)
  employeeDatabaseId!: number;

  @Field(() => Int)
  loginsDeactivated!: number;

  @Field(() => GraphQLJSONObject, { description: 'entity.relation → rows whose free text was cleared.' })
  erasedText!: Record<string, number>;
}

@Resolver()
export class PrivacyResolver {
  @Authorized(Role.HR)
  @Mutation(() => PersonalDataExportType, {
    description: 'HR: exports all of one person’s data as a JSON file. Audited (employee.piplExport).',
  })
  async exportPersonalData(@Arg('employeeId', () => ID) employeeId: string, @Ctx() ctx: Context) {
    const id = parseGlobalId(employeeId, 'Employee', 'employeeId');
    const data = await exportPersonalData(ctx.em, ctx.viewer!, id);
    const number = String(data.employee.employeeNo ?? id);
    return { fileName: `pipl-export-${number}.json`, content: JSON.stringify(data, null, 2) };
  }

  @Authorized(Role.HR)
  @Mutation(() => PersonalDataErasureType, {
    description:
      'HR: erases a person by anonymisation — name, e-mail, phone and free text removed, logins deactivated; numeric facts stay, so aggregates are unchanged. Audited (employee.piplErase), irreversible.',
  })
  async erasePersonalData(@Arg('employeeId', () => ID) employeeId: string, @Ctx() ctx: Context) {
    const id = parseGlobalId(employeeId, 'Employee', 'employeeId');
    const report = await erasePersonalData(ctx.em, ctx.viewer!, id);
    return {
      employeeDatabaseId: report.employeeId,
      loginsDeactivated: report.loginsDeactivated,
      erasedText: report.erasedText,
    };
  }
}
