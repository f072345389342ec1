import { AppError } from '../http/errors.ts'
import type { Block } from './block.ts'
import { SLOT_TITLES, SLOTS, type SlotName } from './slots.ts'

/** Where one block shows: its slot, its place among the slot's blocks, and whether it is hidden. */
export interface Placement {
  blockId: string
  slot: SlotName
  position: number
  shown: boolean
}

/** Every slot's placements, in the order the page shows them. */
export type Layout = Record<SlotName, Placement[]>

/** A change of layout the blocks do not allow; `messageVi` says why, for the administrator. */
export class LayoutRefusedError extends AppError {
  constructor(message: string, messageVi: string) {
    super(422, 'layout_refused', message, messageVi)
  }
}

const emptyLayout = (): Layout => Object.fromEntries(SLOTS.map((slot) => [slot, []])) as unknown as Layout

/**
 * The layout readers see: each block where the administrator put it, or where the block says
 * by default when nothing is stored for it (a block added by a newer version shows at once).
 * Stored placements of blocks no longer offered, or in a slot the block no longer allows, are
 * left out.
 */
export function resolveLayout(blocks: readonly Block[], stored: readonly Placement[]): Layout {
  const layout = emptyLayout()
  const storedById = new Map(stored.map((p) => [p.blockId, p]))
  for (const block of blocks) {
    const chosen = storedById.get(block.id)
    const placement = chosen && block.slots.includes(chosen.slot)
      ? { ...chosen }
      : block.defaultPlacement && { blockId: block.id, slot: block.defaultPlacement.slot, position: block.defaultPlacement.order, shown: true }
    if (placement && block.alwaysShown) placement.shown = true
    if (placement) layout[placement.slot].push(placement)
  }
  // A stable sort: equal positions keep the order the blocks were offered in.
  for (const slot of SLOTS) layout[slot].sort((a, b) => a.position - b.position)
  return layout
}

/** The placements to store: every placed block, numbered afresh in its slot's order. */
export function placementsOf(layout: Layout): Placement[] {
  return SLOTS.flatMap((slot) => layout[slot].map((p, i) => ({ ...p, slot, position: (i + 1) * 10 })))
}

export function findPlacement(layout: Layout, blockId: string): Placement | undefined {
  for (const slot of SLOTS) {
    const found = layout[slot].find((p) => p.blockId === blockId)
    if (found) return found
  }
  return undefined
}

/** The blocks that show nowhere yet: offered to the administrator to add. */
export function unplacedBlocks(blocks: readonly Block[], layout: Layout): Block[] {
  return blocks.filter((b) => !findPlacement(layout, b.id))
}

/** The layout with one block a place earlier ('up') or later ('down') in its slot. */
export function moveBlock(layout: Layout, blockId: string, direction: 'up' | 'down'): Layout {
  const placement = findPlacement(layout, blockId)
  if (!placement) return layout
  const row = [...layout[placement.slot]]
  const from = row.indexOf(placement)
  const to = direction === 'up' ? from - 1 : from + 1
  if (to < 0 || to >= row.length) return layout
  ;[row[from], row[to]] = [row[to]!, row[from]!]
  return { ...layout, [placement.slot]: row }
}

/** Refuses hiding a block that is always shown (LayoutRefusedError). */
export function assertMayHide(block: Block): void {
  if (!block.alwaysShown) return
  throw new LayoutRefusedError(
    `block ${block.id} is always shown`,
    `Khối “${block.title}” luôn hiện trên mọi trang, không ẩn được; có thể đổi vị trí của khối.`,
  )
}

/** The layout with one block shown or hidden, keeping its place. */
export function showBlock(layout: Layout, blockId: string, shown: boolean): Layout {
  const placement = findPlacement(layout, blockId)
  if (!placement) return layout
  return { ...layout, [placement.slot]: layout[placement.slot].map((p) => (p === placement ? { ...p, shown } : p)) }
}

/**
 * The layout with a block added, shown, at the end of a slot (taken from the slot it was in).
 * A slot the block does not allow is refused with the slots it does.
 */
export function placeBlock(layout: Layout, block: Block, slot: SlotName): Layout {
  if (!block.slots.includes(slot)) {
    const allowed = block.slots.map((s) => SLOT_TITLES[s]).join(', ')
    throw new LayoutRefusedError(
      `block ${block.id} may not go in slot ${slot}`,
      `Không thể đặt khối “${block.title}” vào vùng “${SLOT_TITLES[slot]}”: khối này chỉ đặt được ở ${allowed}.`,
    )
  }
  const placement = findPlacement(layout, block.id)
  if (placement?.slot === slot) return showBlock(layout, block.id, true)
  const next = { ...layout }
  if (placement) next[placement.slot] = layout[placement.slot].filter((p) => p !== placement)
  next[slot] = [...layout[slot], { blockId: block.id, slot, position: Number.MAX_SAFE_INTEGER, shown: true }]
  return next
}
