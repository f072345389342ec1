// The urgent alerts at the top of every reader's page. The level is written in words; the
// colours (dark text on light backgrounds, contrast above 7:1) only repeat it.
export const ALERT_STYLES = `.urgent-alerts{margin:0}
.urgent-alert{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1rem;padding:.6rem 1rem;border-bottom:2px solid #333;color:#111;background:#e8f1fb}
.urgent-alert[hidden],.urgent-alerts[hidden],.urgent-alert-hide[hidden]{display:none}
.urgent-alert--warning{background:#fff3cd;border-color:#8a6d00}
.urgent-alert--emergency{background:#fde2e1;border-color:#a50e0e}
.urgent-alert p{margin:0;flex:1 1 20rem}
.urgent-alert-level{text-transform:uppercase;margin-right:.4rem}
.urgent-alert a{color:#0b3d91}
.urgent-alert-hide{font:inherit;padding:.2rem .8rem;border:1px solid #333;background:#fff;color:#111;cursor:pointer}`
