import type { PolicyNeed } from '../../platform/http/security-headers.ts'

/**
 * What the rich-text editor needs of the newsroom's Content-Security-Policy beyond our own
 * files. ProseMirror reads pasted HTML in the page, and text pasted from a word processor or
 * Google Docs carries its bold and italics as style attributes (`font-weight:700`): refused,
 * they would be lost. `style-src-attr` allows those attributes only, so a <style> element, which
 * could read the page's attributes through selectors, still cannot get in. TipTap's own
 * stylesheet is not injected (injectCSS: false in browser/rich-editor.ts); its rules are in the
 * site stylesheet.
 */
export const EDITOR_POLICY: PolicyNeed = { 'style-src-attr': ["'unsafe-inline'"] }
