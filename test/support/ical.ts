// A reader of iCalendar by RFC 5545's rules, strict where the encoder could go wrong: every line
// ends in CRLF, no physical line passes 75 octets, folds are undone before parsing, TEXT is unescaped.

export interface IcalProperty {
  name: string
  params: Record<string, string>
  value: string
}

export interface IcalComponent {
  name: string
  properties: IcalProperty[]
  components: IcalComponent[]
}

export function readIcal(text: string): IcalComponent {
  if (!text.endsWith('\r\n')) throw new Error('the last line does not end in CRLF')
  const physical = text.slice(0, -2).split('\r\n')
  for (const line of physical) {
    if (/[\r\n]/.test(line)) throw new Error(`a bare CR or LF in ${JSON.stringify(line)}`)
    if (Buffer.byteLength(line, 'utf8') > 75) throw new Error(`a line of ${Buffer.byteLength(line, 'utf8')} octets: ${line}`)
  }
  const logical: string[] = []
  for (const line of physical) {
    if (line.startsWith(' ') || line.startsWith('\t')) logical[logical.length - 1] += line.slice(1)
    else logical.push(line)
  }
  const stack: IcalComponent[] = [{ name: '', properties: [], components: [] }]
  for (const line of logical) {
    const property = parseProperty(line)
    if (property.name === 'BEGIN') {
      const component = { name: property.value, properties: [], components: [] }
      stack.at(-1)!.components.push(component)
      stack.push(component)
    } else if (property.name === 'END') {
      if (stack.pop()?.name !== property.value) throw new Error(`END:${property.value} closes nothing open`)
    } else stack.at(-1)!.properties.push(property)
  }
  if (stack.length !== 1 || stack[0]!.components.length !== 1) throw new Error('not one closed VCALENDAR')
  return stack[0]!.components[0]!
}

function parseProperty(line: string): IcalProperty {
  const colon = line.indexOf(':')
  if (colon < 1) throw new Error(`no name and value in ${line}`)
  const [name, ...rawParams] = line.slice(0, colon).split(';')
  const params = Object.fromEntries(rawParams.map((p) => p.split('=') as [string, string]))
  return { name: name!.toUpperCase(), params, value: line.slice(colon + 1) }
}

/** A TEXT value as written before escaping; an unescaped , or ; is an error (it would split the value). */
export function unescapeText(value: string): string {
  if (/(^|[^\\])(\\\\)*[,;]/.test(value)) throw new Error(`an unescaped , or ; in ${value}`)
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c))
}

export function propertyOf(component: IcalComponent, name: string): IcalProperty | undefined {
  return component.properties.find((p) => p.name === name)
}
