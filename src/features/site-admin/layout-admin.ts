import { NotFoundError } from '../../platform/http/errors.ts'
import {
  assertMayHide, findPlacement, moveBlock, placeBlock, placementsOf, resolveLayout, showBlock, type Block, type Layout, type SlotName,
} from '../../platform/layout/index.ts'
import { listBlockPlacements, replaceBlockPlacements } from '../site/index.ts'
import { commitChange, type Actor, type SiteAdminDeps } from './site-admin-kit.ts'

/** One thing the administrator does on the layout screen. */
export type LayoutChange =
  | { kind: 'move'; blockId: string; direction: 'up' | 'down' }
  | { kind: 'show'; blockId: string; shown: boolean }
  | { kind: 'place'; blockId: string; slot: SlotName }

/**
 * Bố cục trang: which blocks show in which slot, in what order. Every change stores the whole
 * layout with its audit entry, then announces 'layout.changed' (every instance drops its slots
 * and purges its cached pages).
 */
export class LayoutAdmin {
  constructor(private readonly deps: SiteAdminDeps) {}

  /** As stored now, not as this instance last kept it: another administrator may have changed it. */
  async current(): Promise<Layout> {
    return resolveLayout(this.deps.blocks.list(), await listBlockPlacements(this.deps.db))
  }

  /** The block being changed; an unknown one is refused as not found. */
  block(id: string): Block {
    const block = this.deps.blocks.find(id)
    if (!block) throw new NotFoundError('Block not found', 'Không tìm thấy khối này.')
    return block
  }

  /** Refuses (LayoutRefusedError) a slot the block does not allow; a change that changes nothing is not stored. */
  async change(actor: Actor, change: LayoutChange): Promise<void> {
    const block = this.block(change.blockId)
    if (change.kind === 'show' && !change.shown) assertMayHide(block)
    const before = await this.current()
    const after = change.kind === 'move' ? moveBlock(before, block.id, change.direction)
      : change.kind === 'show' ? showBlock(before, block.id, change.shown)
      : placeBlock(before, block, change.slot)
    const placements = placementsOf(after)
    if (JSON.stringify(placements) === JSON.stringify(placementsOf(before))) return
    const from = findPlacement(before, block.id)?.slot ?? null
    const to = findPlacement(after, block.id)!.slot
    await commitChange(this.deps, actor, async (trx) => {
      await replaceBlockPlacements(trx, placements)
      const { blockId: _, ...what } = change
      return { result: undefined, audit: { action: 'layout.update', itemType: 'block', itemId: block.id, details: { ...what, from, to } } }
    })
    this.deps.events.emit('layout.changed', {})
  }
}
