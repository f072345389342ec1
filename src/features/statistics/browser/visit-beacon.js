// Counts one visit of this page for the portal's statistics once the page is actually seen.
// Sent as a beacon: it never delays the page and carries no cookie. The page is the same for
// every reader (it comes from the cache): what differs (the address, where the reader came
// from) is read here, in the reader's browser, and sent with the beacon.
;(function () {
  if (!navigator.sendBeacon) return
  var article = document.querySelector('script[data-article-id]')
  var id = article && article.getAttribute('data-article-id')
  var url = '/luot-truy-cap?p=' + encodeURIComponent(location.pathname)
  if (id && /^\d+$/.test(id)) url += '&a=' + id
  // Only the referring site is counted: its address goes no further than its origin.
  var from = ''
  try { from = document.referrer ? new URL(document.referrer).origin : '' } catch (e) {}
  if (from && from !== 'null') url += '&r=' + encodeURIComponent(from)
  var sent = false
  function send() {
    if (sent || document.visibilityState !== 'visible') return
    sent = true
    navigator.sendBeacon(url)
  }
  send()
  if (!sent) document.addEventListener('visibilitychange', send)
})()
