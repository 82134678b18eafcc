import { parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DevLoginDocument } from './auth.queries';
import { DEV_LOGIN } from './devLogin';

describe('devLogin', () => {
  it('sends the same mutation codegen validated against the schema', () => {
    expect(print(parse(DEV_LOGIN))).toBe(print(DevLoginDocument));
  });
});
