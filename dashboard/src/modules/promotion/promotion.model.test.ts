import { describe, expect, it } from 'vitest';
import { gateProgress } from './promotion.model';

describe('gateProgress', () => {
  it('is complete only for a passed gate', () => {
    expect(gateProgress('85', '≥ 80', true)).toBe(1);
    expect(gateProgress('80', '≥ 80', false)).toBe(0.99);
  });

  it('measures numeric gaps and treats non-numeric ones as not started', () => {
    expect(gateProgress('72', '≥ 80', false)).toBeCloseTo(0.9);
    expect(gateProgress('0 approved cases', '1 approved case', false)).toBe(0);
    expect(gateProgress('not taken', 'passed with ≥ 80', false)).toBe(0);
    expect(gateProgress('B', 'A', false)).toBe(0);
  });
});
