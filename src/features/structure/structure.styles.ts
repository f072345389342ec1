// The structure pages' rules (inline on every reader's page: kept small). Narrow screens read the
// chart as indented lists; from 60em the first level is drawn as a row of boxes joined by a line.
export const STRUCTURE_STYLES = `.org-contact-points{border:2px solid currentColor;padding:.5em 1em;margin:1em 0}
.org-chart,.org-children,.org-people{list-style:none;padding-left:1em;margin:0}
.org-box{border:1px solid #888;border-radius:4px;padding:.5em;margin:.5em 0}
.org-unit-name{margin:.2em 0}
.org-person{margin:.5em 0}.org-person p{margin:.1em 0}
.org-photo{float:left;margin-right:.5em;border-radius:50%;object-fit:cover}
.org-badge{border:1px solid currentColor;border-radius:3px;padding:0 .3em;font-size:.85em}
.org-earlier{font-size:.9em}
.org-directory{border-collapse:collapse;width:100%}.org-directory th,.org-directory td{border-bottom:1px solid #ccc;padding:.3em;text-align:left;vertical-align:top}
@media (min-width:60em){.org-chart>li>.org-children{display:flex;flex-wrap:wrap;gap:1em;padding:1em 0 0;border-top:2px solid #888}
.org-chart>li>.org-children>li{flex:1 1 14em;position:relative}
.org-chart>li>.org-children>li::before{content:"";position:absolute;top:-1em;left:50%;height:1em;border-left:2px solid #888}}
@media print{.org-functions[open] summary,.org-vcard,.org-search{display:none}}`
