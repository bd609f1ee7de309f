import type { FastifyInstance } from 'fastify';
import { registerFormBodies } from './form-body.ts';

/**
 * What lets Stripe's own SDKs talk to Tenure by changing only the host: form-encoded bodies, and the
 * `Stripe-Version` header accepted and echoed (Tenure has one API version; the header changes no shape).
 */
export function registerStripeCompat(app: FastifyInstance): void {
  registerFormBodies(app);
  app.addHook('onRequest', (req, reply, done) => {
    const version = req.headers['stripe-version'];
    if (typeof version === 'string' && version.length <= 64) reply.header('stripe-version', version);
    done();
  });
}
