import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generate, OUTPUT_FILE, readModel } from '../../scripts/generate-members';
import { camel, type Camel } from '../client';
import { VIEW_MEMBERS, VIEW_N } from './members';

// The metric registry: members.ts is generated from the model and committed; it must not drift.
describe('generated member names and row types', () => {
  it('match the model (run `pnpm --filter @talentloop/semantic generate` after a model change)', async () => {
    expect(readFileSync(OUTPUT_FILE, 'utf8')).toBe(await generate());
  });

  it('cover every public view, each aggregate view with its n measure', () => {
    const views = readModel();
    expect(Object.keys(VIEW_MEMBERS).sort()).toEqual(views.map((v) => v.name));
    for (const [view, n] of Object.entries(VIEW_N)) {
      expect((VIEW_MEMBERS as Record<string, Record<string, readonly string[]>>)[view]![n]![0]).toBe(
        'measure',
      );
    }
  });

  it('camelCases row keys the same way at run time as in the types', () => {
    const key: Camel<'voluntary_participation_rate'> = 'voluntaryParticipationRate';
    expect(camel('voluntary_participation_rate')).toBe(key);
    expect(camel('hours_120')).toBe('hours120');
  });
});
