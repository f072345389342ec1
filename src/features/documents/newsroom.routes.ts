import type { FastifyInstance } from 'fastify'
import type { ModuleContext } from '../../platform/module.ts'
import { documentEditRoutes } from './newsroom-edit.routes.ts'
import { documentListRoutes } from './newsroom-list.routes.ts'
import { documentRevisionRoutes } from './newsroom-revision.routes.ts'

/** The register's part of the newsroom (under /toa-soan): the list, the late list, the form, its revisions and publication. */
export function documentNewsroomRoutes({ db, clock, services }: ModuleContext) {
  const list = documentListRoutes({ db, clock, workingDays: services.workingDays })
  const edit = documentEditRoutes({ db, clock, documents: services.documents })
  return async function routes(app: FastifyInstance): Promise<void> {
    await app.register(list)
    await app.register(edit)
    await app.register(documentRevisionRoutes({ db, documents: services.documents }))
  }
}
