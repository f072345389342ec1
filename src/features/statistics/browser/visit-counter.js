// Fills in the footer's visit counter from a small uncached request: the page itself is the
// same for every reader and stays in the cache. Without JavaScript the counter stays hidden.
;(function () {
  var box = document.querySelector('[data-visit-counter]')
  if (!box || !window.fetch) return
  fetch('/luot-truy-cap/so-lieu', { credentials: 'omit' }).then(function (res) {
    return res.ok ? res.json() : null
  }).then(function (numbers) {
    if (!numbers) return
    var lang = document.documentElement.lang || 'vi'
    var items = box.querySelectorAll('[data-visit]')
    for (var i = 0; i < items.length; i++) {
      var n = numbers[items[i].getAttribute('data-visit')]
      if (typeof n === 'number') items[i].querySelector('dd').textContent = n.toLocaleString(lang)
    }
    box.hidden = false
  }).catch(function () {})
})()
