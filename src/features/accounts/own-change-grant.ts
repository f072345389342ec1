import type { Db } from '../../platform/db/connect.ts'
import { recordAudit } from '../audit/index.ts'
import type { NewsroomUser } from './user.ts'

// "May publish own changes": for an office with a single approver, who would otherwise wait for
// nobody. Given and taken back by an administrator, each time in the audit log; the editorial
// feature still records every change applied this way.

export async function hasOwnChangeGrant(db: Db, userId: number): Promise<boolean> {
  return (await db.selectFrom('own_change_grants').select('user_id').where('user_id', '=', userId).executeTakeFirst()) !== undefined
}

/** Nothing is written (nor audited) when the grant is already as asked. */
export async function setOwnChangeGrant(db: Db, admin: { user: NewsroomUser; ip: string }, target: NewsroomUser, granted: boolean, now: Date): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    if ((await hasOwnChangeGrant(trx, target.id)) === granted) return false
    if (granted) await trx.insertInto('own_change_grants').values({ user_id: target.id, granted_by: admin.user.id, granted_at: now.toISOString() }).execute()
    else await trx.deleteFrom('own_change_grants').where('user_id', '=', target.id).execute()
    await recordAudit(trx, { userId: admin.user.id, action: granted ? 'user.grant-own-changes' : 'user.revoke-own-changes', itemType: 'user', itemId: target.id, ip: admin.ip }, now)
    return true
  })
}
