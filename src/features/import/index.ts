export { importJsonl, type ImportReport } from './jsonl-import.ts'
