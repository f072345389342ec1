// The portal's one stylesheet: small enough to keep here, served with a content hash in its URL.
export const SITE_CSS = `
:root{--ink:#1b1b1b;--muted:#555;--brand:#a4161a;--brand-dark:#7a0f12;--line:#ddd;--bg:#fff;--soft:#f6f3ee;--focus:#0b57d0}
*{box-sizing:border-box}
html{font-size:100%;-webkit-text-size-adjust:100%}
body{margin:0;font-family:"Noto Sans","Segoe UI",Roboto,Arial,sans-serif;color:var(--ink);background:var(--bg);line-height:1.6}
a{color:#0b4f8a}
a:hover{color:var(--brand)}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip-link{position:absolute;left:-9999px;top:0;background:#fff;padding:.5rem 1rem;z-index:10}
.skip-link:focus{left:1rem}
.visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.site-header{background:var(--brand);color:#fff}
.site-header .inner,.site-nav .inner,.page,.site-footer .inner{max-width:72rem;margin:0 auto;padding:0 1rem}
.site-title{display:block;color:#fff;text-decoration:none;font-size:1.5rem;font-weight:700;padding:1rem 0 .25rem}
.site-logo{height:3.5rem;width:auto;vertical-align:middle;margin-right:.75rem}
.site-tagline{margin:0;padding-bottom:.75rem;color:#fde8e8;font-size:.95rem}
.site-nav{background:var(--brand-dark)}
.site-nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap}
.site-nav a{display:block;color:#fff;text-decoration:none;padding:.6rem .8rem;font-weight:600}
.site-nav a:hover,.site-nav a[aria-current]{background:rgba(255,255,255,.15);color:#fff}
.page{display:grid;gap:2rem;grid-template-columns:1fr;padding-top:1rem;padding-bottom:2rem}
@media(min-width:60rem){.page{grid-template-columns:minmax(0,1fr) 20rem}}
.breadcrumb ol{list-style:none;margin:0 0 1rem;padding:0;display:flex;flex-wrap:wrap;font-size:.9rem;color:var(--muted)}
.breadcrumb li+li::before{content:"›";padding:0 .4rem}
.article-title{font-size:1.75rem;line-height:1.3;margin:.25rem 0 .5rem}
.article-meta{color:var(--muted);font-size:.9rem;margin:0 0 1rem}
.article-lead{font-weight:700;font-size:1.05rem}
.article-body{font-size:1.05rem}
.article-body img,.lead-image img{max-width:100%;height:auto}
.article-body figure,.lead-image{margin:1rem 0}
figcaption{font-size:.9rem;color:var(--muted);font-style:italic;text-align:center}
.article-body blockquote{border-left:4px solid var(--brand);margin:1rem 0;padding:.25rem 1rem;background:var(--soft)}
.article-body table{border-collapse:collapse;width:100%}
.article-body td,.article-body th{border:1px solid var(--line);padding:.4rem}
.byline{text-align:right;font-weight:700;margin-top:1.5rem}
.tags ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem}
.tags li{background:var(--soft);padding:.1rem .6rem;border-radius:1rem;font-size:.9rem}
.section-title{border-bottom:2px solid var(--brand);color:var(--brand);font-size:1.05rem;text-transform:uppercase;margin:1.5rem 0 .75rem;padding-bottom:.25rem}
.article-list{list-style:none;margin:0;padding:0}
.article-list li{padding:.6rem 0;border-bottom:1px solid var(--line);overflow:hidden}
.article-list h3{font-size:1.05rem;margin:0 0 .25rem}
.article-list p{margin:.25rem 0}
.article-list img{float:left;width:8rem;height:auto;margin:0 .75rem .25rem 0}
.article-list time{color:var(--muted);font-size:.85rem}
.lead-story h2{font-size:1.5rem;margin:.5rem 0}
.lead-story img{width:100%;height:auto}
.home-sections{display:grid;gap:1rem;grid-template-columns:1fr}
@media(min-width:40rem){.home-sections{grid-template-columns:1fr 1fr}}
.subcategories ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem 1rem}
.more{display:inline-block;margin-top:1rem;padding:.5rem 1rem;border:1px solid var(--brand);color:var(--brand);text-decoration:none;border-radius:.25rem}
.block{border:1px solid var(--line);margin-bottom:1.5rem}
.block h2{margin:0;background:var(--brand);color:#fff;font-size:1rem;padding:.5rem .75rem;text-transform:uppercase}
.block-body{padding:.75rem}
.block ul{list-style:none;margin:0;padding:0}
.most-read{margin:0;padding-left:1.5rem}.most-read li{padding:.25rem 0}
.links-group summary{cursor:pointer;font-weight:600;padding:.25rem 0}
.links-group li{padding:.2rem 0}
.weather-place{border-bottom:1px solid var(--line);padding:.5rem 0}
.weather-place:last-child{border-bottom:0}
.weather-now{font-size:1.1rem}
.weather-days{display:grid;grid-template-columns:repeat(3,1fr);gap:.25rem;font-size:.85rem;margin-top:.25rem}
.weather-note,.muted{color:var(--muted);font-size:.85rem}
.comments{margin-top:2rem}
.comment-list,.comment-replies{list-style:none;margin:0;padding:0}
.comment{border-bottom:1px solid var(--line);padding:.6rem 0}
.comment-replies{margin:.5rem 0 0 1.5rem;border-left:3px solid var(--line);padding-left:.75rem}
.comment-meta{margin:0;font-size:.9rem;color:var(--muted)}
.comment-author{color:var(--ink)}
.comment-text{white-space:pre-line;overflow-wrap:anywhere;margin:.25rem 0}
.official-reply{background:var(--soft);border-left:4px solid var(--brand);padding:.4rem .75rem;margin:.5rem 0}
.reply-link{font-size:.9rem}
.comment-form{margin-top:1rem}
.hp{position:absolute;left:-9999px;width:1px;height:1px;overflow:hidden}
.share{border-top:1px solid var(--line);margin-top:1rem;font-size:.9rem}.share ul{list-style:none;padding:0;display:flex;gap:1rem;flex-wrap:wrap}
.site-footer{background:#2b2b2b;color:#eee;padding:1.5rem 0;font-size:.9rem}
.site-footer p{margin:.2rem 0}
.site-footer a{color:#fff}
.error-page{padding:2rem 0}
form.form input[type=email],form.form input[type=password],form.form input[type=text],form.form textarea,form.form select{width:100%;max-width:48rem;padding:.5rem;font-size:1rem;border:1px solid #888;border-radius:.25rem}
button{font:inherit;padding:.5rem 1rem;border-radius:.25rem;border:1px solid var(--brand);background:var(--brand);color:#fff;cursor:pointer}
.form-error{color:#8a1111;background:#fdecec;border-left:4px solid #8a1111;padding:.5rem 1rem}
.inline-form{display:inline;margin:0}
.link-button{background:none;border:0;color:#fff;font-weight:600;padding:.6rem .8rem}
.newsroom-page{grid-template-columns:1fr!important}
.field-error{color:#8a1111;font-weight:600}
.body-editor{font-family:ui-monospace,monospace;min-height:16rem}
fieldset{border:1px solid var(--line);margin:1rem 0;padding:.5rem 1rem}
.rich-editor{border:1px solid #888;border-radius:.25rem;max-width:48rem}
.rich-editor-toolbar{display:flex;flex-wrap:wrap;gap:.25rem;padding:.25rem;border-bottom:1px solid var(--line);background:var(--soft)}
.rich-editor-toolbar button{background:#fff;color:var(--ink);border:1px solid #bbb;padding:.25rem .5rem;font-size:.9rem}
.rich-editor-toolbar button[aria-pressed=true]{background:var(--brand);color:#fff}
.rich-editor-surface{min-height:16rem;padding:.5rem 1rem;outline:none}
.rich-editor-surface:focus-visible{outline:3px solid var(--focus)}
/* TipTap's own rules (its injected <style> would need an inline-style exception in the CSP) */
.ProseMirror{position:relative;word-wrap:break-word;white-space:pre-wrap;white-space:break-spaces;-webkit-font-variant-ligatures:none;font-variant-ligatures:none;font-feature-settings:"liga" 0}
.ProseMirror [contenteditable=false]{white-space:normal}
.ProseMirror [contenteditable=false] [contenteditable=true],.ProseMirror pre{white-space:pre-wrap}
img.ProseMirror-separator{display:inline!important;border:none!important;margin:0!important;width:0!important;height:0!important}
.ProseMirror-gapcursor{display:none;pointer-events:none;position:absolute;margin:0}
.ProseMirror-gapcursor:after{content:"";display:block;position:absolute;top:-2px;width:20px;border-top:1px solid #000;animation:ProseMirror-cursor-blink 1.1s steps(2,start) infinite}
@keyframes ProseMirror-cursor-blink{to{visibility:hidden}}
.ProseMirror-hideselection *::selection{background:transparent}
.ProseMirror-hideselection *{caret-color:transparent}
.ProseMirror-focused .ProseMirror-gapcursor{display:block}
.notice{background:#eef6ee;border-left:4px solid #2e7d32;padding:.5rem 1rem}
.category-choices{list-style:none;padding:0;columns:2}
tr.inactive{color:var(--muted)}
.diff ins{background:#d7f5dd;text-decoration:none}
.diff del{background:#fbd5d5}
.audit-log{border-collapse:collapse;width:100%;font-size:.9rem}
.audit-log th,.audit-log td{border:1px solid var(--line);padding:.35rem;text-align:left}
.filters{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin-bottom:1rem}
.site-search{padding-bottom:.75rem;color:#fff}.site-search input{padding:.35rem;font-size:1rem;width:min(22rem,60vw)}.site-search button{padding:.35rem .75rem;font-size:1rem;background:#fff;color:var(--brand);border:0;border-radius:.25rem;font-weight:700}
.search-results{padding-left:1.25rem}.search-result{margin-bottom:1.25rem}.search-result h2{font-size:1.1rem;margin:0 0 .25rem}.search-result .snippet{margin:.25rem 0}.search-result.partial{opacity:.9}
form.search-form input[type=search]{width:100%;max-width:48rem;padding:.5rem;font-size:1rem;border:1px solid #888;border-radius:.25rem}
mark{background:#fff3b0;color:inherit;padding:0 .1em}.nothing-found{border-left:4px solid var(--line);padding-left:1rem}.pager{display:flex;gap:1rem}
.reading-tools{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1rem;padding-bottom:.75rem;color:#fff;font-size:.9rem}
.reading-tools fieldset{border:0;margin:0;padding:0;display:flex;align-items:center;gap:.25rem}
.reading-tools legend{float:left;padding:0;margin-right:.35rem}
.text-size label{display:inline-block;min-width:2.25rem;min-height:1.75rem;text-align:center;padding:.1rem .4rem;border:1px solid rgba(255,255,255,.75);border-radius:.25rem;cursor:pointer}
.text-size input:checked+label{background:#fff;color:var(--brand);font-weight:700}
.text-size input:focus-visible+label,.reading-tools .contrast:focus-within{outline:3px solid #fff;outline-offset:2px}
.reading-tools .contrast{cursor:pointer}
.print-button{padding:.15rem .75rem;background:#fff;color:var(--brand);border:0;font-size:.9rem;font-weight:700}
html:has(#co-chu-nho:checked){font-size:87.5%}
html:has(#co-chu-lon:checked){font-size:118.75%}
html:has(#co-chu-rat-lon:checked){font-size:137.5%}
html:has(#tuong-phan-cao:checked){--ink:#000;--muted:#000;--line:#000;--soft:#fff;--brand:#000;--brand-dark:#000}
html:has(#tuong-phan-cao:checked) a{color:#0000c8;text-decoration:underline}
html:has(#tuong-phan-cao:checked) :is(.site-header,.site-nav,.site-footer,.block h2) a{color:#fff}
html:has(#tuong-phan-cao:checked) .site-tagline{color:#fff}
html:has(#tuong-phan-cao:checked) mark{background:#ff0;color:#000}
@media print{.site-search,.site-nav,.sidebar,.share,.comments,.skip-link,.reading-tools{display:none}.page{display:block}
.site-header{background:none;color:#000;border-bottom:2px solid #000}.site-title{color:#000}.site-tagline{color:#000}
.article-body a[href^="http"]::after{content:" (" attr(href) ")";font-size:.85em;word-break:break-all}
.site-footer{background:none;color:#000;border-top:1px solid #000}}
`
