// @ts-check
import { launch } from './start.mjs'

// `npm run toasoan -- <command>`: the operator's CLI, compiled like the server (scripts/start.mjs).
await launch('cli')
