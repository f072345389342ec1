// Improves an article's galleries and YouTube videos (body-media.ts says their markup). Without
// it a gallery is a list of figures and a YouTube video a picture linking to YouTube; with it:
// - a gallery shows one photo at a time, with "previous" and "next" buttons, the arrow keys,
//   a swipe, and its place said aloud ("Ảnh 2/5"); a photo opens large in a dialog that the
//   same keys move through and Escape closes, giving focus back where it was;
// - a YouTube video loads nothing from YouTube until the reader clicks: then the player (on
//   youtube-nocookie.com) takes the picture's place.
// Its words come from the page (data-* on this script, from the message catalogue).
;(function () {
  var script = document.currentScript
  if (!script) return
  var words = script.dataset

  function say(template, index, all) {
    return template.replace('{index}', String(index)).replace('{all}', String(all))
  }

  function button(className, label, text) {
    var b = document.createElement('button')
    b.type = 'button'
    b.className = className
    b.setAttribute('aria-label', label)
    b.textContent = text
    return b
  }

  // Swipes: a horizontal move of 40 px or more, by touch or pen (a mouse clicks).
  function onSwipe(element, go) {
    var startX = null
    var startY = 0
    element.addEventListener('pointerdown', function (event) {
      if (event.pointerType === 'mouse') return
      startX = event.clientX
      startY = event.clientY
    })
    element.addEventListener('pointerup', function (event) {
      if (startX === null) return
      var dx = event.clientX - startX
      var dy = event.clientY - startY
      startX = null
      if (Math.abs(dx) >= 40 && Math.abs(dx) > Math.abs(dy)) go(dx < 0 ? 1 : -1)
    })
  }

  function gallery(root, number) {
    var figures = Array.prototype.slice.call(root.querySelectorAll(':scope > figure'))
    if (figures.length < 2) return
    var current = 0
    var label = say(words.gallery, number, figures.length)
    root.setAttribute('role', 'group')
    root.setAttribute('aria-roledescription', words.carousel)
    root.setAttribute('aria-label', label)
    root.classList.add('gallery-carousel')
    var status = document.createElement('p')
    status.className = 'gallery-status'
    status.setAttribute('aria-live', 'polite')
    var previous = button('gallery-previous', words.previous, '‹')
    var next = button('gallery-next', words.next, '›')
    var controls = document.createElement('div')
    controls.className = 'gallery-controls'
    controls.append(previous, status, next)
    root.append(controls)

    figures.forEach(function (figure, index) {
      var img = figure.querySelector('img')
      if (!img) return
      // The photo becomes a button that opens it large.
      var open = button('gallery-open', words.open + ': ' + (img.getAttribute('alt') || say(words.photo, index + 1, figures.length)), '')
      img.replaceWith(open)
      open.append(img)
      open.addEventListener('click', function () { lightbox(index) })
    })

    function show(index) {
      current = (index + figures.length) % figures.length
      figures.forEach(function (figure, i) { figure.hidden = i !== current })
      status.textContent = say(words.photo, current + 1, figures.length)
    }
    function go(step) { show(current + step) }
    previous.addEventListener('click', function () { go(-1) })
    next.addEventListener('click', function () { go(1) })
    root.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowLeft') { go(-1); event.preventDefault() }
      if (event.key === 'ArrowRight') { go(1); event.preventDefault() }
    })
    onSwipe(root, go)
    show(0)

    function lightbox(index) {
      var opener = document.activeElement
      var dialog = document.createElement('dialog')
      dialog.className = 'gallery-lightbox'
      dialog.setAttribute('aria-label', label)
      var holder = document.createElement('div')
      holder.className = 'gallery-lightbox-photo'
      var where = document.createElement('p')
      where.className = 'gallery-status'
      where.setAttribute('aria-live', 'polite')
      var close = button('gallery-close', words.close, '×')
      var back = button('gallery-previous', words.previous, '‹')
      var forward = button('gallery-next', words.next, '›')
      var bar = document.createElement('div')
      bar.className = 'gallery-controls'
      bar.append(back, where, forward)
      dialog.append(close, holder, bar)
      document.body.append(dialog)
      var at = index
      function place(i) {
        at = (i + figures.length) % figures.length
        show(at)
        var figure = figures[at].cloneNode(true)
        figure.hidden = false
        var inner = figure.querySelector('.gallery-open')
        if (inner) inner.replaceWith(inner.querySelector('img'))
        var img = figure.querySelector('img')
        if (img) { img.removeAttribute('loading'); img.sizes = '100vw' }
        holder.replaceChildren(figure)
        where.textContent = say(words.photo, at + 1, figures.length)
      }
      back.addEventListener('click', function () { place(at - 1) })
      forward.addEventListener('click', function () { place(at + 1) })
      close.addEventListener('click', function () { dialog.close() })
      dialog.addEventListener('keydown', function (event) {
        if (event.key === 'ArrowLeft') { place(at - 1); event.preventDefault() }
        if (event.key === 'ArrowRight') { place(at + 1); event.preventDefault() }
      })
      onSwipe(holder, function (step) { place(at + step) })
      // Escape closes a modal dialog by itself; focus goes back to the photo the reader opened.
      dialog.addEventListener('close', function () {
        dialog.remove()
        var back = figures[at].querySelector('.gallery-open')
        ;(back || opener).focus()
      })
      place(index)
      dialog.showModal()
      close.focus()
    }
  }

  function youtube(figure) {
    var id = figure.getAttribute('data-youtube')
    var link = figure.querySelector('a')
    if (!id || !/^[A-Za-z0-9_-]{11}$/.test(id) || !link) return
    figure.classList.add('youtube-ready')
    var title = (figure.querySelector('img') || {}).alt || (figure.querySelector('figcaption') || link).textContent
    var play = button('youtube-play', words.play + ': ' + title, '')
    link.after(play)
    play.prepend(link.firstChild ? link.firstChild.cloneNode(true) : document.createTextNode(title))
    link.hidden = true
    play.addEventListener('click', function () {
      var frame = document.createElement('iframe')
      frame.src = 'https://www.youtube-nocookie.com/embed/' + id + '?autoplay=1'
      frame.title = title
      frame.allow = 'autoplay; encrypted-media; picture-in-picture; fullscreen'
      frame.allowFullscreen = true
      frame.className = 'youtube-frame'
      play.replaceWith(frame)
      link.remove()
      frame.focus()
    })
  }

  Array.prototype.forEach.call(document.querySelectorAll('.article-body .gallery'), function (root, i) { gallery(root, i + 1) })
  Array.prototype.forEach.call(document.querySelectorAll('.article-body figure.youtube[data-youtube]'), youtube)
})()
