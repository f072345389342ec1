// Ý kiến bạn đọc: improves the comment form, which works without this script. It counts
// characters, fills in "reply to", sends the form in place, shows the server's messages next
// to the fields, and solves the anti-spam challenge when the server asks for one.
(function () {
  'use strict'
  var form = document.querySelector('form[data-comment-form]')
  if (!form || !window.fetch || !window.URLSearchParams || !window.FormData) return
  var body = form.querySelector('#c-body')
  var counter = form.querySelector('#c-body-count')
  var status = form.querySelector('.comment-status')
  var message = form.querySelector('.form-message')
  var replying = form.querySelector('.replying-to')
  var button = form.querySelector('button[type=submit]')
  var max = Number(body.getAttribute('data-max'))
  // The page's words (from the message catalogue), so the script speaks the page's language.
  var words = {}
  try { words = JSON.parse(form.getAttribute('data-words') || '{}') || {} } catch (e) {}

  function count() {
    counter.textContent = String(words.counter).replace('{length}', String(body.value.length)).replace('{max}', String(max))
  }
  body.addEventListener('input', count)
  count()

  function setReply(id, name) {
    form.elements.replyTo.value = id
    replying.textContent = ''
    if (id) {
      replying.append(words.replyingTo + ' ')
      var strong = document.createElement('strong')
      strong.textContent = name
      replying.append(strong, ' · ')
      var cancel = document.createElement('a')
      cancel.href = '#gui-y-kien'
      cancel.textContent = words.cancelReply
      cancel.addEventListener('click', function (e) { e.preventDefault(); setReply('', '') })
      replying.append(cancel)
    }
    replying.hidden = !id
  }
  document.querySelectorAll('a.reply-link[data-reply-to]').forEach(function (link) {
    link.addEventListener('click', function (e) {
      e.preventDefault()
      setReply(link.getAttribute('data-reply-to'), link.getAttribute('data-reply-name'))
      form.scrollIntoView()
      form.querySelector('#c-name').focus()
    })
  })

  function showErrors(fields) {
    form.querySelectorAll('.field-error').forEach(function (el) { el.remove() })
    form.querySelectorAll('[aria-invalid]').forEach(function (el) { el.removeAttribute('aria-invalid'); el.removeAttribute('aria-describedby') })
    var first = null
    Object.keys(fields || {}).forEach(function (key) {
      var input = form.elements[key === 'challenge' ? 'answer' : key]
      var note = document.createElement('span')
      note.className = 'field-error'
      note.id = 'e-' + key
      note.textContent = fields[key]
      if (input && input.type !== 'hidden') {
        input.setAttribute('aria-invalid', 'true')
        input.setAttribute('aria-describedby', note.id)
        input.insertAdjacentElement('afterend', note)
        first = first || input
      } else {
        button.parentNode.insertAdjacentElement('beforebegin', note)
      }
    })
    if (first) first.focus()
  }

  function say(text, isError) {
    message.hidden = !isError
    message.textContent = isError ? text : ''
    status.textContent = isError ? '' : text
  }

  function send(params, retried) {
    return fetch(form.action, {
      method: 'POST',
      credentials: 'omit',
      headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
      body: params.toString(),
    }).then(function (res) {
      return res.json().then(function (answer) {
        if (res.ok) {
          showErrors({})
          say(answer.message, false)
          body.value = ''
          count()
          setReply('', '')
          return
        }
        var error = answer.error || {}
        if (error.code === 'challenge_required' && answer.challenge && !retried) {
          say(words.solving, false)
          return solve(answer.challenge.token, answer.challenge.bits).then(function (nonce) {
            params.set('challenge', answer.challenge.token)
            params.set('nonce', nonce)
            return send(params, true)
          })
        }
        say(error.message || words.notSent, true)
        showErrors(error.fields)
      })
    })
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault()
    button.disabled = true
    say(words.sending, false)
    send(new URLSearchParams(new FormData(form)), false)
      .catch(function () { say(words.offline, true) })
      .then(function () { button.disabled = false })
  })

  // Proof of work: a nonce such that sha256(token + ":" + nonce) starts with `bits` zero bits.
  // Plain JavaScript, because crypto.subtle exists only on HTTPS pages; in slices, so the page
  // stays responsive.
  function solve(token, bits) {
    return new Promise(function (resolve) {
      var n = 0
      function slice() {
        for (var end = n + 4000; n < end; n++) {
          var nonce = n.toString(36)
          if (zeroBits(sha256(token + ':' + nonce)) >= bits) return resolve(nonce)
        }
        setTimeout(slice, 0)
      }
      slice()
    })
  }

  function zeroBits(words) {
    var bits = 0
    for (var i = 0; i < words.length; i++) {
      if (words[i] === 0) { bits += 32; continue }
      return bits + Math.clz32(words[i])
    }
    return bits
  }

  var K = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
  ]
  function ror(x, n) { return (x >>> n) | (x << (32 - n)) }

  // SHA-256 of an ASCII string (the token and nonce are ASCII), as eight unsigned 32-bit words.
  function sha256(text) {
    var length = text.length
    var blocks = ((length + 8) >> 6) + 1
    var w = new Array(blocks * 16).fill(0)
    for (var i = 0; i < length; i++) w[i >> 2] |= text.charCodeAt(i) << (24 - (i % 4) * 8)
    w[length >> 2] |= 0x80 << (24 - (length % 4) * 8)
    w[blocks * 16 - 1] = length * 8
    var h = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
    var m = new Array(64)
    for (var block = 0; block < blocks; block++) {
      for (i = 0; i < 16; i++) m[i] = w[block * 16 + i]
      for (i = 16; i < 64; i++) {
        var x = m[i - 15], y = m[i - 2]
        m[i] = (m[i - 16] + (ror(x, 7) ^ ror(x, 18) ^ (x >>> 3)) + m[i - 7] + (ror(y, 17) ^ ror(y, 19) ^ (y >>> 10))) | 0
      }
      var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7]
      for (i = 0; i < 64; i++) {
        var t1 = (k + (ror(e, 6) ^ ror(e, 11) ^ ror(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + m[i]) | 0
        var t2 = ((ror(a, 2) ^ ror(a, 13) ^ ror(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0
        k = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0
      }
      h[0] = (h[0] + a) | 0; h[1] = (h[1] + b) | 0; h[2] = (h[2] + c) | 0; h[3] = (h[3] + d) | 0
      h[4] = (h[4] + e) | 0; h[5] = (h[5] + f) | 0; h[6] = (h[6] + g) | 0; h[7] = (h[7] + k) | 0
    }
    return h.map(function (v) { return v >>> 0 })
  }
})()
