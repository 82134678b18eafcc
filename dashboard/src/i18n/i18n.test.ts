import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zhCN } from './zh-CN';

function leaves(value: unknown, prefix = ''): Array<[string, unknown]> {
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  }
  return [[prefix, value]];
}

describe('translations', () => {
  it('have the same keys in both languages, all non-empty strings', () => {
    const enLeaves = leaves(en);
    const zhLeaves = leaves(zhCN);
    expect(zhLeaves.map(([k]) => k).sort()).toEqual(enLeaves.map(([k]) => k).sort());
    for (const [key, value] of [...enLeaves, ...zhLeaves]) {
      expect(typeof value === 'string' && value.trim().length > 0, key).toBe(true);
    }
  });

  it('keep interpolation placeholders in both languages', () => {
    const zh = new Map(leaves(zhCN));
    for (const [key, value] of leaves(en)) {
      const placeholders = String(value).match(/\{\{\w+\}\}/g) ?? [];
      for (const p of placeholders) expect(String(zh.get(key)), key).toContain(p);
    }
  });
});
