// Views build HTML with the `html` tag: every interpolated value is escaped unless it is
// already SafeHtml. Only `trustedHtml()` makes SafeHtml from a string, and only sanitised
// article bodies and our own markup may go through it.
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value
  }
}

export type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[]

const SPECIAL = /[&<>"']/
const SPECIAL_ALL = /[&<>"']/g
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(text: string): string {
  return SPECIAL.test(text) ? text.replace(SPECIAL_ALL, (c) => ENTITIES[c]!) : text
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return ''
  if (value instanceof SafeHtml) return value.value
  if (typeof value === 'string') return escapeHtml(value)
  if (typeof value === 'number') return String(value)
  let out = ''
  for (const item of value) out += render(item)
  return out
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0]!
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!
  return new SafeHtml(out)
}

export function trustedHtml(markup: string): SafeHtml {
  return new SafeHtml(markup)
}

/** Serialises JSON for a <script type="application/ld+json"> without letting it close the tag. */
export function jsonForScript(data: unknown): SafeHtml {
  return new SafeHtml(JSON.stringify(data).replace(/</g, '\\u003c'))
}
