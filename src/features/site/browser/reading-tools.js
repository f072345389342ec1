// Readers' display choices: the text size and contrast controls work without this script
// (radio buttons and a checkbox that the stylesheet reads); it only carries the choice from
// page to page, in localStorage, so that no cookie is set and the cached pages stay the same
// for everyone. It also shows the print and copy-link buttons, which need JavaScript.
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

  // "Sao chép liên kết" beside the article's address (Zalo has no share page to link to). The
  // field works without this script: a reader selects the address and copies it themselves.
  var copy = document.querySelector('.copy-link-button')
  var address = document.getElementById('dia-chi-bai-viet')
  var status = document.querySelector('.copy-link-status')
  if (copy && address) {
    copy.hidden = false
    var copied = function () { if (status) status.textContent = copy.getAttribute('data-copied') || '' }
    var bySelection = function () {
      address.focus()
      address.select()
      try { if (document.execCommand('copy')) copied() } catch (e) {}
    }
    copy.addEventListener('click', function () {
      if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(address.value).then(copied, bySelection)
      else bySelection()
    })
  }
  address && address.addEventListener('focus', function () { address.select() })
})()
