// The kind facet on the search page (the manifest's `readerStyles`, carried inline: kept small):
// one line of links under the form, "Tất cả · Bài viết (12) · Văn bản (3)", each big enough to tap.
export const SEARCH_READER_STYLES = `
.kind-facet{display:flex;flex-wrap:wrap;align-items:center;gap:0 .5rem;margin:0 0 1rem}
.kind-facet h2{font-size:1rem;margin:0}
.kind-facet ul{display:flex;flex-wrap:wrap;list-style:none;margin:0;padding:0}
.kind-facet li+li::before{content:"·";color:var(--muted);padding:0 .25rem}
.kind-facet a{display:inline-flex;align-items:center;min-height:2.75rem;padding:0 .25rem}
`
