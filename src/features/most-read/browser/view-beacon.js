// Counts one view of the article for "Đọc nhiều" once the page is actually seen: a tab opened in
// the background counts when the reader turns to it, a prerendered page that nobody looks at never
// does. Sent as a beacon: it never delays the page and carries no cookie.
;(function () {
  var script = document.currentScript
  var id = script && script.getAttribute('data-article-id')
  if (!id || !/^\d+$/.test(id) || !navigator.sendBeacon) return
  var sent = false
  function send() {
    if (sent || document.visibilityState !== 'visible') return
    sent = true
    navigator.sendBeacon('/luot-doc/' + id)
  }
  send()
  if (!sent) document.addEventListener('visibilitychange', send)
})()
