import { TenureError } from '../../kernel/errors.ts';

/** A 429 that tells the client when to come back (`Retry-After`, in seconds; problem.ts sets the header). */
export class TooManyRequests extends TenureError {
  readonly retryAfterSeconds: number;
  constructor(code: 'too_many_authentication_failures' | 'too_many_requests', message: string, seconds: number) {
    super('rate_limit', code, message);
    this.retryAfterSeconds = seconds;
  }
}
