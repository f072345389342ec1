export { listLinkGroups, insertLinkGroup, type LinkGroup } from './link.repository.ts'
export { linksBlockView } from './links-block.view.ts'
