import type { PolicyNeed } from '../../platform/http/security-headers.ts'

/**
 * What the rich-text editor needs of the newsroom's Content-Security-Policy beyond our own
 * files: ProseMirror writes style attributes while editing (a table's column widths), which
 * only `style-src-attr` allows, so a <style> element or a <link> from elsewhere still cannot
 * get in. TipTap's own stylesheet is not injected (injectCSS: false in browser/rich-editor.ts);
 * its rules are in the site stylesheet.
 */
export const EDITOR_POLICY: PolicyNeed = { 'style-src-attr': ["'unsafe-inline'"] }
