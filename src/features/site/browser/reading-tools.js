// Readers' display choices: the text size and contrast controls work without this script
// (radio buttons and a checkbox that the stylesheet reads); it only carries the choice from
// page to page, in localStorage, so that no cookie is set and the cached pages stay the same
// for everyone. It also shows the print button, which needs JavaScript.
;(function () {
  var KEY = 'toasoan.hien-thi'
  var contrast = document.getElementById('tuong-phan-cao')
  var saved = {}
  try { saved = JSON.parse(localStorage.getItem(KEY) || '{}') || {} } catch (e) {}
  var size = typeof saved.size === 'string' && document.getElementById('co-chu-' + saved.size)
  if (size && size.name === 'co-chu') size.checked = true
  if (contrast && saved.contrast === true) contrast.checked = true

  document.addEventListener('change', function (event) {
    var target = event.target
    if (!target || (target.name !== 'co-chu' && target !== contrast)) return
    var chosen = document.querySelector('input[name="co-chu"]:checked')
    try {
      localStorage.setItem(KEY, JSON.stringify({ size: chosen ? chosen.value : 'vua', contrast: !!(contrast && contrast.checked) }))
    } catch (e) {}
  })

  var print = document.querySelector('.print-button')
  if (print) {
    print.hidden = false
    print.addEventListener('click', function () { window.print() })
  }
})()
