import { AjvCompiler, type ValidatorFactory } from '@fastify/ajv-compiler'
import { SerializerSelector, type SerializerFactory } from '@fastify/fast-json-stringify-compiler'

// Compiling the routes' schemas (Ajv for requests, fast-json-stringify for the API's answers) was
// most of a portal's start. Every portal this process builds (a test builds dozens; the cluster's
// worker builds one) shares what has been compiled. A schema is known by its text, not by its
// object: routes build equal schemas anew (pathParams('slug')) and Fastify copies headers' ones.

interface RouteSchema {
  schema: unknown
  httpPart?: string
  httpStatus?: string
  contentType?: string
}

type Factory<C> = (externals: never, options: never) => (route: never) => C

function shared<C, F extends Factory<C>>(factory: F): F {
  const compilers = new Map<string, (route: RouteSchema) => C>()
  return ((externals: unknown, options: unknown) => {
    const key = JSON.stringify([externals, options])
    let compiler = compilers.get(key)
    if (compiler === undefined) {
      compiler = remembered((factory as unknown as (e: unknown, o: unknown) => (route: RouteSchema) => C)(externals, options))
      compilers.set(key, compiler)
    }
    return compiler
  }) as unknown as F
}

/** One compiled function per schema text and place (part of the request, status of the answer). */
function remembered<C>(compile: (route: RouteSchema) => C): (route: RouteSchema) => C {
  const known = new Map<string, C>()
  return (route) => {
    const key = `${route.httpPart ?? ''}|${route.httpStatus ?? ''}|${route.contentType ?? ''}|${JSON.stringify(route.schema)}`
    let compiled = known.get(key)
    if (compiled === undefined) {
      compiled = compile(route)
      known.set(key, compiled)
    }
    return compiled
  }
}

export const SHARED_VALIDATORS: ValidatorFactory = shared(AjvCompiler())
export const SHARED_SERIALIZERS: SerializerFactory = shared(SerializerSelector())
