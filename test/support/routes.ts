import type { FastifyInstance } from 'fastify'

/** Every route the router knows, with its methods, from Fastify's printed tree. */
export function routesOf(app: Pick<FastifyInstance, 'printRoutes'>): { path: string; methods: string[] }[] {
  const routes: { path: string; methods: string[] }[] = []
  const stack: string[] = []
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = /^([\s│]*)(?:[├└]── )?(\S+)(?: \(([^)]+)\))?$/.exec(line)
    if (!match) continue
    stack.length = match[1]!.length / 4
    stack.push(match[2]!)
    if (match[3]) routes.push({ path: stack.join('').replace(/^\/\//, '/'), methods: match[3].split(', ') })
  }
  return routes
}
