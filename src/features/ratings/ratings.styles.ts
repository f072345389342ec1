// The rating form under items and the survey's charts, on readers' pages (kept small: every page carries it).
export const ratingStyles = `.rating{margin:2rem 0;padding:1rem;border:1px solid #d6dce4;border-radius:.5rem}
.rating fieldset{border:0;margin:0 0 .5rem;padding:0}.rating legend{font-weight:600;margin-bottom:.25rem}
.rating label{margin-right:1rem}.rating textarea{display:block;width:100%;max-width:36rem}
.rating-why{margin:.5rem 0}.rating-thanks{font-weight:600}
.survey-question{margin:0 0 1rem}.survey-question label{display:block}
.bar-chart{margin:1rem 0}.bar-chart svg{max-width:36rem;height:auto}
.chart-data{margin-top:.5rem;border-collapse:collapse}.chart-data th,.chart-data td{padding:.15rem .5rem;text-align:left}`
