// Links shared on Facebook, Zalo or from a newsletter come back with tracking parameters the
// portal never reads (`?fbclid=…` differs on every click). Left in, each click would miss the
// page cache and fill it with one more copy of the same page, and the API, which refuses
// unknown parameters, would answer 400. They are taken off the address before anything else
// sees it: the cache key, the router and every handler.
const SHARING_PARAMETER = /^(?:utm_[^=]*|fbclid|gclid|zarsrc|zarsrc_[^=]*)(?:=|$)/i
const MAY_HOLD_ONE = /[?&](?:utm_|fbclid|gclid|zarsrc)/i

export function withoutSharingParams(url: string): string {
  const question = url.indexOf('?')
  if (question === -1 || !MAY_HOLD_ONE.test(url)) return url
  const kept = url.slice(question + 1).split('&').filter((pair) => !SHARING_PARAMETER.test(pair))
  return kept.length === 0 ? url.slice(0, question) : `${url.slice(0, question)}?${kept.join('&')}`
}
