export {
  listLinkGroups, insertLinkGroup, listEditableLinkGroups, updateLinkGroup, deleteLinkGroup, setLinkGroupPositions,
  insertLink, updateLink, deleteLink, setLinkPositions,
  type LinkGroup, type EditableLinkGroup, type EditableLink, type LinkFields,
} from './link.repository.ts'
export { linksBlockView } from './links-block.view.ts'
export { linkMessages } from './messages.ts'
export { linksBlock } from './links.block.ts'
export { linksModule } from './links.module.ts'
