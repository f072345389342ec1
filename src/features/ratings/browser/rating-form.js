// "Thông tin này có hữu ích không?": sends the form in place and puts "Cảm ơn bạn" where it was.
// The form works without this script (the post answers with a page of its own).
(function () {
  'use strict'
  var form = document.querySelector('form[data-rating-form]')
  if (!form || !window.fetch || !window.URLSearchParams || !window.FormData) return
  var status = form.querySelector('.rating-status')
  var why = form.querySelector('.rating-why')
  var button = form.querySelector('button[type=submit]')
  var words = {}
  try { words = JSON.parse(form.getAttribute('data-words') || '{}') || {} } catch (e) {}

  // The reasons matter only after "Không": open them then.
  form.addEventListener('change', function (event) {
    var target = event.target
    if (target && target.name === 'huu-ich' && why) why.open = target.value === 'khong'
  })

  form.addEventListener('submit', function (event) {
    event.preventDefault()
    button.disabled = true
    status.textContent = words.sending || ''
    fetch(form.action, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(new FormData(form)).toString(),
      credentials: 'omit',
    }).then(function (res) {
      return res.json().then(function (data) { return { ok: res.ok, data: data } })
    }).then(function (answer) {
      if (!answer.ok) throw new Error((answer.data && answer.data.error && answer.data.error.message) || '')
      var thanks = document.createElement('p')
      thanks.className = 'rating-thanks'
      thanks.setAttribute('role', 'status')
      thanks.textContent = words.thanks || ''
      form.replaceWith(thanks)
    }).catch(function (error) {
      button.disabled = false
      status.textContent = (error && error.message) || words.notSent || ''
    })
  })
})()
