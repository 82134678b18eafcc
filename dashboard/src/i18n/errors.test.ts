import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { apiErrorOf, describeApiError, fieldKey } from './errors';
import { zhCN } from './zh-CN';

async function translator(lng: 'zh-CN' | 'en') {
  const instance = i18next.createInstance();
  await instance.init({
    lng,
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  return instance.t;
}

const badScore = {
  errors: [
    {
      message: 'Invalid input — input.score: score must not be greater than 100',
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: ['input.score'],
        problems: [{ field: 'input.score', code: 'OUT_OF_RANGE', min: 0, max: 100 }],
      },
    },
  ],
};

describe('API errors in the user language', () => {
  it('reads code, reason, fields and problems from a GraphQL error list', () => {
    expect(apiErrorOf(badScore)).toEqual({
      code: 'BAD_USER_INPUT',
      fields: ['input.score'],
      problems: [{ field: 'input.score', code: 'OUT_OF_RANGE', min: 0, max: 100 }],
    });
    const expired = apiErrorOf([
      {
        message: 'The access token has expired',
        extensions: { code: 'UNAUTHENTICATED', reason: 'TOKEN_EXPIRED' },
      },
    ]);
    expect(expired).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_EXPIRED' });
    expect(apiErrorOf(new TypeError('Failed to fetch')).code).toBe('NETWORK');
    // Apollo's ServerError for a 401 keeps the body: the code and reason are read from it.
    const serverError = Object.assign(new Error('Response not successful: Received status code 401'), {
      statusCode: 401,
      bodyText: JSON.stringify({
        errors: [{ message: 'x', extensions: { code: 'UNAUTHENTICATED', reason: 'TOKEN_REVOKED' } }],
      }),
    });
    expect(apiErrorOf(serverError)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_REVOKED' });
    expect(apiErrorOf(Object.assign(new Error('502'), { bodyText: '<html>' })).code).toBe('NETWORK');
    expect(fieldKey('input.items[2].score')).toBe('score');
  });

  it('renders Chinese without the server message, naming the field', async () => {
    const t = await translator('zh-CN');
    const text = describeApiError(t, apiErrorOf(badScore));
    expect(text).toEqual({ title: '请求无效。', details: ['“评分”须在 0 到 100 之间。'] });
    expect([text.title, ...text.details].join(' ')).not.toMatch(/[A-Za-z]/);
  });

  it('falls back to "check the field" without a problem code, and to a generic field name', async () => {
    const t = await translator('en');
    const text = describeApiError(
      t,
      apiErrorOf([
        { message: 'x', extensions: { code: 'BAD_USER_INPUT', fields: ['input.username', 'input.zzz'] } },
      ]),
    );
    expect(text.details).toEqual(['Check “User name”.', 'Check “a field”.']);
    const session = describeApiError(t, {
      code: 'UNAUTHENTICATED',
      reason: 'TOKEN_REVOKED',
      fields: [],
      problems: [],
    });
    expect(session.details).toEqual(['Your session was ended (signed out elsewhere or revoked).']);
    expect(describeApiError(t, { code: 'SOMETHING_NEW', fields: [], problems: [] }).title).toBe(
      'Something went wrong while loading this.',
    );
  });
});
