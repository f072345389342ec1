import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'

// A point for answers given before any route is chosen: an old site's address answered 301
// whether or not a route of ours would also match it ("/?p=123" is our home page's address with
// a query). Every module may add one; each says cheaply, without awaiting, whether a request
// concerns it, so the other requests pay nothing but that check.

export interface EarlyAnswer {
  /** Synchronous and cheap: most requests are not its concern. */
  concerns(method: string, url: string): boolean
  /** Answers the request and returns true, or returns false and leaves it to the routes. */
  answer(req: FastifyRequest, reply: FastifyReply): Promise<boolean>
}

declare module '../module.ts' {
  interface ContributionPoints {
    earlyAnswers: EarlyAnswer
  }
}

export function answerEarly(app: FastifyInstance, answers: readonly EarlyAnswer[]): void {
  if (answers.length === 0) return
  app.addHook('onRequest', async (req, reply) => {
    for (const early of answers) {
      if (early.concerns(req.method, req.url) && (await early.answer(req, reply))) return reply
    }
    return undefined
  })
}
