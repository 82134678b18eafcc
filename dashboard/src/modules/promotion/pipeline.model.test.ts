import { describe, expect, it } from 'vitest';
import { toPipeline } from './pipeline.model';

describe('toPipeline', () => {
  it('labels each blocked count with its target and gate, in the server’s order', () => {
    const pipeline = toPipeline(
      {
        candidates: 5,
        eligible: 1,
        blocked: [
          { targetPosition: '初级经理', gateKind: 'COURSE', courseName: '团队管理基础', count: 2 },
          { targetPosition: '初级经理', gateKind: 'APPROVED_CASES', courseName: null, count: 1 },
          { targetPosition: '高级客户经理', gateKind: 'COURSE', courseName: '客户分层策略', count: 1 },
        ],
      },
      (gate) => (gate.code === 'COURSE' ? `《${gate.courseName}》` : gate.code),
    );
    expect(pipeline.blocked).toEqual([
      { label: '初级经理 · 《团队管理基础》', value: 2 },
      { label: '初级经理 · APPROVED_CASES', value: 1 },
      { label: '高级客户经理 · 《客户分层策略》', value: 1 },
    ]);
    expect(pipeline.eligible).toBe(1);
    expect(pipeline.candidates).toBe(5);
  });
});
