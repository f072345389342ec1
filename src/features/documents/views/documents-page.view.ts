import type { Locale } from '../../../platform/i18n/index.ts'
import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { documentFileUrl, type RegisterPaths } from '../document-paths.ts'
import { documentMessages } from '../messages.ts'
import type { DocumentDetail } from '../public.repository.ts'
import { dayText, fileTypeText, relationText, sizeText, validityBadge } from './documents-words.view.ts'

export interface DocumentPageModel {
  document: DocumentDetail
  paths: RegisterPaths
  breadcrumb: SafeHtml
  /** The full text, sanitised (empty when the document has none). */
  body: SafeHtml | undefined
  /** The citation readers copy: kind, number, date, issuer and summary. */
  citation: string
  /** Consultation on a draft (the window, its form, approved comments), provided by its own part. */
  consultation?: SafeHtml
}

/** A document's page: its fields in a definition list, relations both ways, files and an inline PDF viewer. */
export function documentPageView(model: DocumentPageModel, locale: Locale): SafeHtml {
  const t = locale.t(documentMessages)
  const d = model.document
  const pdf = d.files.find((f) => f.mediaType === 'application/pdf')
  const row = (label: string, value: SafeHtml | string) => html`<dt>${label}</dt><dd>${value}</dd>`
  return html`${model.breadcrumb}
<article class="document-page" data-id="${d.id}">
<h1>${t('documentTitle', { kind: d.kind.name, number: d.number })}</h1>
<p class="document-lead">${d.summary}</p>
<dl class="document-fields">
${row(t('number'), d.number)}
${row(t('kind'), d.kind.name)}
${row(t('issuer'), d.issuer.name)}
${row(t('issuedOn'), html`<time datetime="${d.issuedOn}">${dayText(locale, d.issuedOn)}</time>`)}
${d.effectiveFrom ? row(t('effectiveFrom'), html`<time datetime="${d.effectiveFrom}">${dayText(locale, d.effectiveFrom)}</time>`) : ''}
${d.effectiveUntil ? row(t('effectiveUntil'), html`<time datetime="${d.effectiveUntil}">${dayText(locale, d.effectiveUntil)}</time>`) : ''}
${d.validity ? row(t('validity'), html`${validityBadge(locale, d.validity)}${d.validityReason ? html` <span class="validity-reason">(${t('validityReason')}: ${d.validityReason})</span>` : ''}`) : ''}
${d.fields.length ? row(t('fields'), d.fields.map((f) => f.name).join(', ')) : ''}
${d.signer ? row(t('signer'), d.signer) : ''}
${d.title ? row(t('title'), d.title) : ''}
${row(t('summary'), d.summary)}
</dl>
${d.relations.length ? html`<section class="document-relations" aria-labelledby="van-ban-lien-quan">
<h2 id="van-ban-lien-quan">${t('relations')}</h2>
<ul>
${d.relations.map((r) => html`<li data-relation="${r.kind}-${r.side}"><span class="relation-name">${relationText(locale, r.kind, r.side)}</span> <a href="${model.paths.document(r.document.slug)}">${r.document.kind.name} ${r.document.number}</a>: ${r.document.summary}</li>`)}
</ul>
</section>` : ''}
${model.body ? html`<section class="document-body" aria-labelledby="toan-van">
<h2 id="toan-van">${t('fullText')}</h2>
${model.body}
</section>` : ''}
${d.files.length ? html`<section class="document-files" aria-labelledby="tep-dinh-kem">
<h2 id="tep-dinh-kem">${t('files')}</h2>
<ul>
${d.files.map((f) => html`<li><a href="${documentFileUrl(f)}" type="${f.mediaType}">${f.fileName}</a> <span class="file-type">${fileTypeText(f.mediaType, f.fileName)}</span>, <span class="file-size">${t('fileSize', { size: sizeText(locale, f.bytes) })}</span></li>`)}
</ul>
${pdf ? html`<object class="pdf-viewer" data="${documentFileUrl(pdf)}" type="application/pdf" aria-label="${t('viewer', { name: pdf.fileName })}">
<p>${t('noViewer')} <a href="${documentFileUrl(pdf)}">${pdf.fileName}</a></p>
</object>` : ''}
</section>` : ''}
${model.consultation ?? ''}
<ul class="document-tools">
<li><button type="button" class="print-button" hidden>${t('print')}</button></li>
<li class="copy-link"><label for="dia-chi-bai-viet">${t('citationLabel')}</label> <input type="text" id="dia-chi-bai-viet" class="document-citation" value="${model.citation}" readonly> <button type="button" class="copy-link-button" data-copied="${t('citationCopied')}" hidden>${t('copyCitation')}</button> <span class="copy-link-status" role="status"></span></li>
</ul>
</article>`
}
