import type { FastifyReply, FastifyRequest } from 'fastify'
import type { SafeHtml } from '../../platform/views/html.ts'
import { newsroomLayoutView, type NewsroomPage } from './views/newsroom-layout.view.ts'

// Apart from newsroom.routes.ts, which registers the sign-in and second-factor routes: they send
// newsroom pages too, and taking this from there made the route files import each other.
export function sendNewsroomPage(req: FastifyRequest, reply: FastifyReply, title: string, main: SafeHtml, status = 200, scripts: string[] = [], stylesheets: string[] = []): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').send(newsroomLayoutView({
    title, main, scripts, stylesheets, ...(req.signedIn ? { user: req.signedIn.user, csrfToken: req.signedIn.session.csrfToken } : {}),
  } satisfies NewsroomPage).value)
}
