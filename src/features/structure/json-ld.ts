import type { ChartPerson, ChartUnit, OrgChart } from './org-chart.ts'
import { absolute } from './vcard.ts'

// schema.org for the structure page: the organisation as a GovernmentOrganization, its people as
// `member`s (Person with jobTitle), its units as `subOrganization`s, and the spokesperson and
// hotline as contact points.

function person(p: ChartPerson, publicUrl: string) {
  return {
    '@type': 'Person', name: p.name, jobTitle: p.title.text,
    ...(p.phone ? { telephone: p.phone } : {}), ...(p.email ? { email: p.email } : {}),
    ...(p.photo ? { image: absolute(p.photo.src, publicUrl) } : {}),
  }
}

function unit(u: ChartUnit, publicUrl: string): Record<string, unknown> {
  return {
    '@type': 'GovernmentOrganization',
    name: u.name.text,
    ...(u.address ? { address: u.address } : {}),
    ...(u.phone ? { telephone: u.phone } : {}),
    ...(u.fax ? { faxNumber: u.fax } : {}),
    ...(u.email ? { email: u.email } : {}),
    ...(u.people.length ? { member: u.people.map((p) => person(p, publicUrl)) } : {}),
    ...(u.children.length ? { subOrganization: u.children.map((c) => unit(c, publicUrl)) } : {}),
  }
}

export function structureJsonLd(chart: OrgChart, pageUrl: string, publicUrl: string, lang: string) {
  return chart.roots.map((root, i) => ({
    '@context': 'https://schema.org',
    ...unit(root, publicUrl),
    url: pageUrl,
    inLanguage: lang,
    ...(i === 0 ? {
      contactPoint: [
        ...chart.spokespeople.map((p) => ({ '@type': 'ContactPoint', contactType: 'spokesperson', name: p.name, ...(p.phone ? { telephone: p.phone } : {}), ...(p.email ? { email: p.email } : {}) })),
        ...chart.hotlines.map((h) => ({ '@type': 'ContactPoint', contactType: 'hotline', name: h.unit.text, telephone: h.number })),
      ],
    } : {}),
  }))
}
