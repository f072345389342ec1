import type { Locale } from '../../../platform/i18n/index.ts'
import { barChartView } from '../../../platform/views/bar-chart.ts'
import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { surveyMessages } from '../messages.ts'
import { COMMENT_MAX, SCORES, SURVEY_ASPECTS } from '../rating.ts'
import type { SurveyTotals } from '../rating.repository.ts'

export interface SurveyFormModel {
  action: string
  resultsUrl: string
  /** What was sent, shown again with the problems. */
  values?: Record<string, string>
  problems?: Record<string, string>
  message?: string
}

const scoreKeys = ['score1', 'score2', 'score3', 'score4', 'score5'] as const

/** The site survey: four questions from 1 to 5 as radio groups, each a fieldset with its legend. */
export function surveyFormView(model: SurveyFormModel, locale: Locale): SafeHtml {
  const t = locale.t(surveyMessages)
  const values = model.values ?? {}
  const problems = model.problems ?? {}
  const hasProblems = Object.keys(problems).length > 0
  return html`<section class="survey">
<h1>${t('title')}</h1>
<p>${t('intro')}</p>
${hasProblems ? html`<p class="form-message" role="alert">${t('fixBelow')}</p>` : ''}
${model.message ? html`<p class="form-message" role="status">${model.message}</p>` : ''}
<form method="post" action="${model.action}" class="survey-form" novalidate>
${SURVEY_ASPECTS.map((aspect) => {
  const problem = problems[aspect.field]
  const problemId = `${aspect.field}-loi`
  return html`<fieldset class="survey-question${problem ? ' has-error' : ''}"${problem ? html` aria-describedby="${problemId}"` : ''}>
<legend>${t(aspect.words)}</legend>
${problem ? html`<p class="field-error" id="${problemId}">${problem}</p>` : ''}
${SCORES.map((score) => html`<label><input type="radio" name="${aspect.field}" value="${score}" required${values[aspect.field] === String(score) ? ' checked' : ''}> ${t(scoreKeys[score - 1]!)}</label>`)}
</fieldset>`
})}
<p class="survey-comment${problems['gop-y'] ? ' has-error' : ''}"><label for="khao-sat-gop-y">${t('comment')}</label>
${problems['gop-y'] ? html`<span class="field-error" id="khao-sat-gop-y-loi">${problems['gop-y']}</span>` : ''}
<textarea id="khao-sat-gop-y" name="gop-y" rows="4" maxlength="${COMMENT_MAX}"${problems['gop-y'] ? html` aria-describedby="khao-sat-gop-y-loi"` : ''}>${values['gop-y'] ?? ''}</textarea></p>
<button type="submit">${t('send')}</button>
</form>
<p><a href="${model.resultsUrl}">${t('resultsLink')}</a></p>
</section>`
}

/** Each question's answers by score, as charts with their numbers (the public summary and the newsroom). */
export function surveyChartsView(totals: SurveyTotals, locale: Locale, headingLevel: 'h2' | 'h3' = 'h2'): SafeHtml {
  const t = locale.t(surveyMessages)
  if (totals.answers === 0) return html`<p class="muted">${t('noAnswers')}</p>`
  return html`${SURVEY_ASPECTS.map((aspect) => {
    const counts = totals.counts[aspect.column]
    const answered = counts.reduce((a, b) => a + b, 0)
    const average = answered === 0 ? '–' : new Intl.NumberFormat(locale.lang, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(counts.reduce((sum, n, i) => sum + n * (i + 1), 0) / answered)
    const name = t(aspect.words)
    const bars = SCORES.map((score) => ({ label: t(scoreKeys[score - 1]!), value: counts[score - 1]! }))
    return html`<section class="survey-result">
${headingLevel === 'h2' ? html`<h2>${name}</h2>` : html`<h3>${name}</h3>`}
<p>${t('average', { average })}</p>
${barChartView({
  id: `bieu-do-${aspect.field}`,
  title: t('chartTitle', { aspect: name }),
  description: t('chartDescription', { aspect: name, counts: bars.map((b) => `${b.label}: ${locale.number(b.value)}`).join('; '), average }),
  bars, labelHeading: t('score'), valueHeading: t('answers'), number: (n) => locale.number(n),
})}
</section>`
  })}`
}

/** /khao-sat/ket-qua: the survey's results for everyone. */
export function surveyResultsView(model: { totals: SurveyTotals; surveyUrl: string }, locale: Locale): SafeHtml {
  const t = locale.t(surveyMessages)
  return html`<section class="survey-results">
<h1>${t('resultsTitle')}</h1>
${model.totals.answers > 0 ? html`<p>${t('resultsIntro', { count: model.totals.answers })}</p>` : ''}
${surveyChartsView(model.totals, locale)}
<p><a href="${model.surveyUrl}">${t('takeSurvey')}</a></p>
</section>`
}
