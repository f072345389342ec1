/** The footer's visit counter (readers' pages). */
export const STATISTICS_STYLES = `.visit-counter dl{display:flex;flex-wrap:wrap;gap:.25rem 1.5rem;margin:.5rem 0}.visit-counter dl div{display:flex;gap:.4rem}.visit-counter dt{font-weight:normal}.visit-counter dd{margin:0;font-weight:bold}`
