import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';

import { type LinkKind, linkKinds } from '../identity/deliver.js';
import { linkAction } from '../identity/links/actions.js';
import { landingPage } from '../identity/links/landing.js';
import { LINK_PAGE_HEADERS, type LinkPage, renderLinkPage } from '../identity/links/page.js';
import { identityDepsFactory } from './identity-deps.js';

const kindParams = z.object({ kind: z.enum(linkKinds) });
const formBody = z.record(z.string(), z.string().max(512));

const unknownPage: LinkPage = {
  status: 404,
  title: 'Страница не найдена',
  paragraphs: ['Такой страницы нет. Проверьте ссылку из письма.'],
};

function send(reply: FastifyReply, page: LinkPage) {
  return reply.status(page.status).headers(LINK_PAGE_HEADERS).send(renderLinkPage(page));
}

function kindOf(params: unknown): LinkKind | null {
  const parsed = kindParams.safeParse(params);
  return parsed.success ? parsed.data.kind : null;
}

/**
 * The pages e-mail links open (/link/registration|recovery|email?token=…): GET shows a button and
 * changes nothing (mail scanners fetch links); the button's POST does the work. HTML in Russian,
 * no scripts, never cached. Form posts arrive url-encoded.
 */
export default async function identityLinkRoutes(app: FastifyInstance): Promise<void> {
  const depsOf = identityDepsFactory(app);
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
  );

  app.get('/link/:kind', async (request, reply) => {
    const kind = kindOf(request.params);
    if (!kind) return send(reply, unknownPage);
    const query = request.query as Record<string, unknown>;
    return send(reply, landingPage(kind, query.token));
  });

  app.post('/link/:kind', async (request, reply) => {
    const kind = kindOf(request.params);
    if (!kind) return send(reply, unknownPage);
    const body = formBody.safeParse(request.body ?? {});
    const page = await linkAction(depsOf(), kind, body.success ? body.data : {});
    return send(reply, page);
  });
}
