/** Lines: Xtream credentials per subscription; their access follows billing. */
export { type LineAccess, lineAccess, type XtreamStatus } from './line-access.ts';
export {
  createLine,
  generateCredential,
  getLine,
  type LineInput,
  type LineSearch,
  listLines,
  presentLines,
  updateLine,
} from './lines.ts';
export { lineForLogin } from './login-lookup.ts';
export { type LineRow, presentLine } from './present.ts';
export {
  readStreamToken,
  type StreamGrant,
  signStreamToken,
  streamingKeyCache,
  tokenAccount,
  verifyStreamToken,
} from './stream-token.ts';
