import { describe, expect, it } from 'vitest';
import { aggregatePipeline, mapLimit } from './pipeline.model';

const gate = (key: string, passed: boolean) => ({ key, label: key.toUpperCase(), passed });

describe('aggregatePipeline', () => {
  it('counts each blocked candidate once, at the first failing gate', () => {
    const pipeline = aggregatePipeline([
      {
        targetPosition: '初级经理',
        eligible: false,
        gates: [gate('a', true), gate('b', false), gate('c', false)],
      },
      { targetPosition: '初级经理', eligible: false, gates: [gate('a', false), gate('b', false)] },
      { targetPosition: '初级经理', eligible: false, gates: [gate('a', true), gate('b', false)] },
      { targetPosition: '初级经理', eligible: true, gates: [gate('a', true), gate('b', true)] },
      { targetPosition: '高级客户经理', eligible: false, gates: [gate('a', false)] },
    ]);
    expect(pipeline.blocked).toEqual([
      { label: '初级经理 · B', value: 2 },
      { label: '初级经理 · A', value: 1 },
      { label: '高级客户经理 · A', value: 1 },
    ]);
    expect(pipeline.eligible).toBe(1);
    expect(pipeline.candidates).toBe(5);
  });
});

describe('mapLimit', () => {
  it('keeps the order and never exceeds the limit', async () => {
    let inFlight = 0;
    let peak = 0;
    const out = await mapLimit([1, 2, 3, 4, 5], 2, async (n) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, 5 - n));
      inFlight -= 1;
      return n * 10;
    });
    expect(out).toEqual([10, 20, 30, 40, 50]);
    expect(peak).toBe(2);
  });
});
