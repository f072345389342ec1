// The static pages' few rules and the second level of a built menu (header and footer), on every reader's page.
export const PAGES_STYLES = `.static-page-date{color:var(--muted,#555);font-size:.9rem}
.static-subpages ul{padding-left:1.2rem}
.site-nav .has-sub-menu{position:relative}
.site-nav .sub-menu{display:none;position:absolute;z-index:20;min-width:14rem;background:var(--brand-dark);flex-direction:column}
.site-nav .has-sub-menu:hover>.sub-menu,.site-nav .has-sub-menu:focus-within>.sub-menu{display:flex}
@media (max-width:47.99rem){.site-nav .sub-menu{display:block;position:static;padding-left:1rem}}
.footer-menu ul{list-style:none;margin:0 0 1rem;padding:0;display:flex;flex-wrap:wrap;gap:.4rem 1.2rem}
.footer-menu ul ul{display:block;margin:.2rem 0 0;font-size:.9rem}
@media print{.static-subpages,.static-page-other{display:none}}`
