import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderSchema, SCHEMA_FILE } from './emit-schema';

describe('api/schema.graphql', () => {
  it('matches the schema the resolvers build (run `pnpm --filter @talentloop/api schema` after changing them)', async () => {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    const built = await renderSchema();
    expect(
      committed === built,
      'api/schema.graphql is out of date: run `pnpm --filter @talentloop/api schema`',
    ).toBe(true);
  });

  it('contains the public contract third parties rely on', async () => {
    const sdl = await renderSchema();
    for (const part of [
      'interface Node',
      'node(id: ID!): Node',
      'growthArchive(',
      'interface ArchiveEvent',
      'recordKpiObservations(input: [KpiObservationInput!]!): [KpiObservationResult!]!',
      'scalar Decimal',
      'scalar DateTime',
      'scalar Date',
    ]) {
      expect(sdl).toContain(part);
    }
  });
});
