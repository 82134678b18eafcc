import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../../auth/viewer';
import type { Context } from '../../context';
import { ImportArchiveInput } from './import.inputs';
import { IMPORT_SCOPE, importArchive, type ImportReport } from './import.service';
import { ImportReportType } from './import.type';

@Resolver()
export class ImportResolver {
  @Authorized(Role.HR, `scope:${IMPORT_SCOPE}`)
  @Mutation(() => ImportReportType, {
    description:
      'Imports historical growth-archive data (CSV/XLSX) in one transaction: all-or-nothing unless allowPartial, ' +
      'idempotent on natural keys, audited. HR, or integrations with the archive:import scope.',
  })
  importArchive(
    @Arg('input', () => ImportArchiveInput) input: ImportArchiveInput,
    @Ctx() ctx: Context,
  ): Promise<ImportReport> {
    return importArchive(ctx.em, ctx.viewer, input);
  }
}
