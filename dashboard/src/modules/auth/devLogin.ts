import type { DevLoginMutation } from '../../graphql/generated/graphql';
import { type ApiError, apiErrorOf } from '../../i18n/errors';

/**
 * The sign-in request as a plain fetch: the login page is the whole first load of a signed-out
 * visitor, and Apollo's client (≈ 200 kB with its cache) is not needed to send one mutation.
 * devLogin.test.ts checks this text against the codegen-validated DevLoginDocument.
 */
export const DEV_LOGIN = `mutation DevLogin($username: String!) {
  devLogin(username: $username) {
    token
    viewer {
      role
      username
    }
  }
}`;

export type DevLoginResult = { token: string } | { error: ApiError };

export async function devLogin(username: string, endpoint = '/graphql'): Promise<DevLoginResult> {
  let body: { data?: DevLoginMutation | null; errors?: unknown[] };
  try {
    const res = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: DEV_LOGIN, variables: { username }, operationName: 'DevLogin' }),
    });
    body = (await res.json()) as typeof body;
  } catch {
    return { error: apiErrorOf(null) };
  }
  const token = body.data?.devLogin.token;
  if (token) return { token };
  return { error: apiErrorOf(body.errors ?? null) };
}
