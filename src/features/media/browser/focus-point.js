// The media edit screen: clicking the picture (or pressing Enter on it and moving with the arrow
// keys) sets the focal point's two number fields and shows a marker there. Without this script
// the fields are typed by hand and the form works the same.
;(function () {
  var figure = document.querySelector('.focus-picker')
  var x = document.getElementById('f-focusX')
  var y = document.getElementById('f-focusY')
  if (!figure || !x || !y) return
  var image = figure.querySelector('img')
  var marker = figure.querySelector('.focus-marker')
  var clamp = function (n) { return Math.max(0, Math.min(100, Math.round(n))) }
  function show() {
    var fx = Number(x.value), fy = Number(y.value)
    if (!isFinite(fx) || !isFinite(fy) || x.value === '' || y.value === '') { marker.hidden = true; return }
    // Set through the CSSOM: the newsroom's CSP refuses style attributes written in markup.
    marker.style.left = clamp(fx) + '%'
    marker.style.top = clamp(fy) + '%'
    marker.hidden = false
  }
  function set(fx, fy) {
    x.value = String(clamp(fx))
    y.value = String(clamp(fy))
    show()
  }
  image.tabIndex = 0
  image.setAttribute('role', 'button')
  image.setAttribute('aria-describedby', 'h-focus')
  image.addEventListener('click', function (event) {
    var box = image.getBoundingClientRect()
    set(((event.clientX - box.left) / box.width) * 100, ((event.clientY - box.top) / box.height) * 100)
  })
  image.addEventListener('keydown', function (event) {
    var step = event.shiftKey ? 10 : 2
    var moves = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] }
    var move = moves[event.key]
    if (!move) return
    event.preventDefault()
    set(Number(x.value || 50) + move[0], Number(y.value || 50) + move[1])
  })
  x.addEventListener('input', show)
  y.addEventListener('input', show)
  show()
})()
