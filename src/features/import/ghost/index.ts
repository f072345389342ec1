export { openGhostSource, type GhostSourceOptions } from './ghost-source.ts'
