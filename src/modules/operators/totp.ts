/** Optional second factor: RFC 6238 TOTP (30 s, 6 digits, SHA-1, what authenticator apps expect) via otpauth. */
import { and, eq } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import type { AppContext } from '../../context.ts';
import { operators } from '../../db/schema/index.ts';
import { TenureError } from '../../kernel/errors.ts';
import { operatorRow, presentOperator } from './operators.ts';

const totpFor = (secret: string, label = 'operator') =>
  new TOTP({ issuer: 'Tenure', label, algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) });

/** One step either side is accepted, for clocks a little apart. */
export function verifyTotp(secret: string, code: string): boolean {
  return /^\d{6}$/.test(code) && totpFor(secret).validate({ token: code, window: 1 }) !== null;
}

/** A fresh secret to show as a QR code; nothing is stored until a code from it is confirmed. */
export function newTotpSecret(email: string) {
  const secret = new Secret({ size: 20 }).base32;
  return { object: 'totp_secret' as const, secret, otpauth_url: totpFor(secret, email).toString() };
}

/** Turns TOTP on once the operator proves their app has the secret. */
export async function enableTotp(ctx: AppContext, accountId: string, operatorId: string, secret: string, code: string) {
  if (!/^[A-Z2-7]{16,64}$/.test(secret)) {
    throw new TenureError('invalid_request', 'parameter_invalid', 'Not a base32 TOTP secret', 'secret');
  }
  if (!verifyTotp(secret, code)) {
    throw new TenureError('invalid_request', 'totp_invalid', 'The authenticator code is wrong or expired', 'code');
  }
  await ctx.db
    .update(operators)
    .set({ totpSecret: secret })
    .where(and(eq(operators.accountId, accountId), eq(operators.id, operatorId)));
  return presentOperator(await operatorRow(ctx, accountId, operatorId));
}

export async function disableTotp(ctx: AppContext, accountId: string, operatorId: string) {
  await ctx.db
    .update(operators)
    .set({ totpSecret: null })
    .where(and(eq(operators.accountId, accountId), eq(operators.id, operatorId)));
  return presentOperator(await operatorRow(ctx, accountId, operatorId));
}
