import type { FastifyInstance } from 'fastify';

import type { IdentityDeps } from '../identity/deps.js';

/**
 * The public base of e-mail links: the configured KABINET_PUBLIC_URL, else the address the
 * service listens on (a wildcard bind reads as 127.0.0.1). Never a request's Host header, which
 * a caller could forge to send a victim's link to their own site.
 */
export function linkBaseOf(app: FastifyInstance): string {
  const configured = app.kabinet.config.publicUrl;
  if (configured) return configured;
  const address = app.server.address();
  if (!address || typeof address !== 'object') return 'http://127.0.0.1';
  const wildcard = address.address === '0.0.0.0' || address.address === '::';
  const host = wildcard ? '127.0.0.1' : address.address;
  return `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
}

/**
 * Builds the identity flows' dependencies for each request of a route plugin. Tasks run "later"
 * are awaited when the app closes, and a failing one is logged, never thrown.
 */
export function identityDepsFactory(app: FastifyInstance): () => IdentityDeps {
  const pending = new Set<Promise<void>>();
  app.addHook('onClose', async () => {
    await Promise.all([...pending]);
  });
  const later = (task: () => Promise<unknown>) => {
    const run = Promise.resolve()
      .then(task)
      .then(
        () => undefined,
        (error: unknown) => app.log.error({ err: error }, 'background identity task failed'),
      )
      .finally(() => pending.delete(run));
    pending.add(run);
  };
  return () => {
    const { central, clock, delivery, identity } = app.kabinet;
    return {
      db: central.db,
      now: clock(),
      key: identity.key,
      policy: identity.codePolicy,
      mailer: delivery.mailer,
      sms: delivery.sms,
      linkBase: linkBaseOf(app),
      later,
    };
  };
}
