// The settings screen's live preview: the header, menu, links and fonts follow the brand form
// as it is typed, before saving. Styles are set through the CSSOM (allowed by the newsroom's
// CSP, which refuses style attributes in the markup). Without JavaScript the preview stays hidden.
(function () {
  var form = document.querySelector('form.brand-form')
  var preview = document.getElementById('xem-truoc-giao-dien')
  if (!form || !preview) return
  var part = function (name) { return preview.querySelector('.brand-preview-' + name) }
  var header = part('header'), nav = part('nav'), body = part('body'), block = part('block')
  var titles = [part('title'), part('heading')]

  function colour(value, fallback) {
    var v = (value || '').trim().toLowerCase()
    if (v && v.charAt(0) !== '#') v = '#' + v
    if (/^#[0-9a-f]{3}$/.test(v)) v = '#' + v.charAt(1) + v.charAt(1) + v.charAt(2) + v.charAt(2) + v.charAt(3) + v.charAt(3)
    return /^#[0-9a-f]{6}$/.test(v) ? v : fallback
  }
  function darker(hex) {
    var out = '#'
    for (var i = 1; i < 7; i += 2) out += ('0' + Math.round(parseInt(hex.substr(i, 2), 16) * 0.75).toString(16)).slice(-2)
    return out
  }
  function chosen(select, attribute) {
    var option = select && select.options[select.selectedIndex]
    return (option && option.getAttribute(attribute)) || ''
  }

  function update() {
    var primary = colour(form.elements.primary.value, preview.getAttribute('data-primary'))
    var accent = colour(form.elements.accent.value, preview.getAttribute('data-accent'))
    var headerColour = colour(form.elements.headerBackground.value, primary)
    var banner = chosen(form.elements.headerImageMediaId, 'data-url')
    header.style.backgroundColor = headerColour
    header.style.backgroundImage = banner ? 'url("' + banner.replace(/["\\]/g, '') + '")' : 'none'
    nav.style.backgroundColor = darker(primary)
    block.style.backgroundColor = primary
    part('heading').style.color = primary
    body.querySelector('a').style.color = accent
    preview.style.fontFamily = chosen(form.elements.bodyFont, 'data-stack')
    var headingFont = chosen(form.elements.headingFont, 'data-stack')
    for (var i = 0; i < titles.length; i++) titles[i].style.fontFamily = headingFont
  }

  preview.hidden = false
  form.addEventListener('input', update)
  form.addEventListener('change', update)
  update()
})()
