// The register's look on readers' pages (the manifest's `readerStyles`: carried inline after the
// portal's stylesheet, so kept small). Facets beside the results from 48rem, above them on a phone
// where each group folds; validity as a coloured badge with words (never colour alone).
export const DOCUMENT_READER_STYLES = `
.document-search{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem;margin:0 0 1rem}
.document-search input[type=search]{flex:1 1 14rem;min-height:2.75rem;padding:.4rem .6rem;font-size:1rem;border:1px solid #888;border-radius:.25rem}
.document-search .hint{flex-basis:100%;margin:0;color:var(--muted);font-size:.9rem}
.document-register{display:grid;gap:1.5rem}
@media(min-width:48rem){.document-register{grid-template-columns:15rem 1fr}}
.document-facets h2{font-size:1.1rem;margin:0 0 .5rem}
.document-facet h3{font-size:.95rem;margin:.75rem 0 .25rem;color:var(--brand)}
.document-facet ul{list-style:none;margin:0;padding:0;max-height:16rem;overflow-y:auto}
.document-facet a{display:flex;justify-content:space-between;gap:.5rem;min-height:2.75rem;align-items:center;padding:0 .5rem;text-decoration:none;border-radius:.25rem}
.document-facet a:hover{background:var(--soft)}
.document-facet a[aria-current]{background:var(--brand);color:#fff;font-weight:600}
.facet-count{color:var(--muted);font-size:.85rem}
.document-facet a[aria-current] .facet-count{color:#fff}
.document-count{font-size:1.1rem;margin:0 0 .5rem}
.document-list{list-style:none;margin:0;padding:0}
.document-item{border-bottom:1px solid var(--line);padding:.75rem 0}
.document-item h3{font-size:1.05rem;margin:0 0 .25rem}
.document-meta{margin:0 0 .25rem;color:var(--muted);font-size:.9rem}
.document-summary{margin:0}
.validity-badge{display:inline-block;padding:.05rem .45rem;border-radius:.25rem;font-size:.8rem;font-weight:600;border:1px solid}
.validity-in_force{color:#1b5e20;background:#e8f5e9}
.validity-not_yet{color:#0d47a1;background:#e3f2fd}
.validity-partly_expired,.validity-suspended{color:#7a4a00;background:#fff3e0}
.validity-expired{color:#8a1111;background:#fdecec}
.document-page dl{display:grid;grid-template-columns:minmax(8rem,12rem) 1fr;gap:.35rem 1rem;margin:1rem 0}
.document-page dt{font-weight:600}
.document-page dd{margin:0}
@media(max-width:47.99rem){.document-page dl{grid-template-columns:1fr;gap:0}.document-page dd{margin:0 0 .5rem}}
.document-files ul,.document-relations ul{padding-left:1.25rem}
.pdf-viewer{display:block;width:100%;height:80vh;margin:1rem 0}
.consultation-form,.notice{max-width:48rem}
.notice{background:#eef6ee;border-left:4px solid #2e7d32;padding:.5rem 1rem}
@media print{.pdf-viewer,.document-facets,.document-search{display:none}}
`
