import assert from 'node:assert/strict';
import { test } from 'node:test';
import { redactCredentials } from './redact.ts';

test('redactCredentials: no username, password or token survives in a logged URL', () => {
  const table: [string, string][] = [
    ['/live/ana/s3cret/12.ts', '/live/***/***/12.ts'],
    ['/movie/ana/s3cret/7.mkv', '/movie/***/***/7.mkv'],
    ['/series/ana/s3cret/9.mp4', '/series/***/***/9.mp4'],
    ['/timeshift/ana/s3cret/60/2025-01-01:20-00/12.ts', '/timeshift/***/***/60/2025-01-01:20-00/12.ts'],
    [
      '/player_api.php?username=ana&password=s3cret&action=get_live_streams',
      '/player_api.php?username=***&password=***&action=get_live_streams',
    ],
    ['/get.php?password=s3cret&username=ana&type=m3u_plus', '/get.php?password=***&username=***&type=m3u_plus'],
    ['/streaming/authorize?token=abc.def', '/streaming/authorize?token=***'],
    ['/v1/customers?limit=3', '/v1/customers?limit=3'],
  ];
  for (const [url, expected] of table) assert.equal(redactCredentials(url), expected, url);
});
