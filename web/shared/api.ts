import createClient from 'openapi-fetch';
import type { components, paths } from './api-types.gen.ts';

export type Problem = components['schemas']['Problem'];
export type Schemas = components['schemas'];

/** A problem+json answer, thrown so pages can show its detail next to the field it names. */
export class ApiError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.problem = problem;
  }
}

const KEY_STORAGE = 'tenure.key';

/** Signing in with a secret key keeps it for this browser tab only (sessionStorage), never in a cookie. */
export const apiKey = {
  get: () => sessionStorage.getItem(KEY_STORAGE),
  set: (key: string) => sessionStorage.setItem(KEY_STORAGE, key),
  clear: () => sessionStorage.removeItem(KEY_STORAGE),
};

function cookie(name: string): string | undefined {
  return document.cookie
    .split('; ')
    .find((c) => c.startsWith(`${name}=`))
    ?.slice(name.length + 1);
}

/** The API as the server documents it; types from /openapi.json (web/shared/api-types.gen.ts). */
export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });
api.use({
  onRequest({ request }) {
    const key = apiKey.get();
    if (key) request.headers.set('authorization', `Bearer ${key}`);
    // A cookie session proves itself on writes with the CSRF token the server set beside it (double submit).
    const csrf = cookie('tenure_csrf');
    if (csrf && request.method !== 'GET') request.headers.set('x-csrf-token', decodeURIComponent(csrf));
    return request;
  },
});

/** The data of an openapi-fetch result, or its problem thrown (a non-problem failure becomes one). */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error === undefined && result.data !== undefined) return result.data;
  const given = result.error as Partial<Problem> | undefined;
  const status = result.response.status;
  throw new ApiError({
    type: 'about:blank',
    title: result.response.statusText || 'Request failed',
    detail: `The server answered ${status}`,
    code: 'internal_error',
    status,
    error: { type: 'api_error', code: 'internal_error', message: `HTTP ${status}` },
    ...given,
  });
}
