// Lets a reader hide an urgent alert. What was hidden is remembered in this browser's
// localStorage only (no cookie, nothing sent): by the alert's key, which changes with its text,
// so a new or changed alert shows again. Without this script every alert simply shows.
// Loaded right after the alerts (not deferred), so a hidden alert does not flash first.
;(function () {
  var STORE = 'toasoan.canh-bao.da-an'
  var KEEP = 50

  function hiddenKeys() {
    try {
      var keys = JSON.parse(window.localStorage.getItem(STORE) || '[]')
      return Array.isArray(keys) ? keys : []
    } catch (e) {
      return []
    }
  }

  function remember(key) {
    var keys = hiddenKeys().filter(function (k) { return k !== key })
    keys.push(key)
    try {
      window.localStorage.setItem(STORE, JSON.stringify(keys.slice(-KEEP)))
    } catch (e) {
      // Storage refused (private mode, full): hidden for this page only.
    }
  }

  var region = document.querySelector('.urgent-alerts')
  if (!region) return
  var alerts = region.querySelectorAll('[data-alert-key]')
  var hidden = hiddenKeys()

  function hideRegionWhenEmpty() {
    for (var i = 0; i < alerts.length; i++) if (!alerts[i].hidden) return
    region.hidden = true
  }

  for (var i = 0; i < alerts.length; i++) {
    ;(function (alert) {
      var key = alert.getAttribute('data-alert-key')
      if (hidden.indexOf(key) >= 0) {
        alert.hidden = true
        return
      }
      var button = alert.querySelector('.urgent-alert-hide')
      if (!button) return
      button.hidden = false
      button.addEventListener('click', function () {
        remember(key)
        alert.hidden = true
        hideRegionWhenEmpty()
        // Focus would be lost with the button: it goes to the page's content.
        var main = document.getElementById('noi-dung')
        if (main) main.focus()
      })
    })(alerts[i])
  }
  hideRegionWhenEmpty()
})()
