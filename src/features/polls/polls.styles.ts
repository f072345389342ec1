// The readers' few rules for polls (carried inline on every reader's page: keep it small).
export const POLL_STYLES = `.poll-form fieldset{border:0;padding:0;margin:0}
.poll-form legend{font-weight:600;margin-bottom:.4em}
.poll-form label{cursor:pointer}
.poll-results ul{list-style:none;padding:0}
.poll-results li{margin:.5em 0}
.poll-results meter{display:block;width:100%;height:1em}
.poll-count,.poll-voters,.poll-times{color:#555;font-size:.9em}`
