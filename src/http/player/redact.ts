/**
 * Player URLs carry the line's password (`/live/user/pass/1.ts`, `player_api.php?username=…&password=…`);
 * logs must not, or reading a log file gives away every subscriber's access.
 */
const PATH_CREDENTIALS = /^\/(live|movie|series|timeshift)\/[^/]+\/[^/]+\//;
const QUERY_CREDENTIALS = /([?&](?:username|password|token)=)[^&]*/gi;

export function redactCredentials(url: string): string {
  return url.replace(PATH_CREDENTIALS, '/$1/***/***/').replace(QUERY_CREDENTIALS, '$1***');
}
