export { SLOTS, SLOT_TITLES, isSlotName, type SlotName } from './slots.ts'
export type { Block } from './block.ts'
export { BlockRegistry } from './block-registry.ts'
export { PageLayout, type RenderedSlots } from './page-layout.ts'
export {
  resolveLayout, placementsOf, findPlacement, unplacedBlocks, moveBlock, showBlock, assertMayHide, placeBlock, LayoutRefusedError,
  type Placement, type Layout,
} from './placement.ts'
