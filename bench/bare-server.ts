import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'

// The baseline: the least work node:http can do to answer with the article page, i.e. the
// same bytes from a Buffer, with no routing, no headers beyond the required two and no
// framework. The portal's ratio to this is the number that matters, since absolute req/s
// depend on the machine.
//
// usage: node --import tsx bench/bare-server.ts BODY_FILE CONTENT_TYPE PORT
const [bodyFile, contentType, port] = process.argv.slice(2)
if (!bodyFile || !contentType || !port) {
  process.stderr.write('usage: bare-server.ts BODY_FILE CONTENT_TYPE PORT\n')
  process.exit(64)
}

const body = readFileSync(bodyFile)
const headers = { 'content-type': contentType, 'content-length': body.length }

const server = createServer((_req, res) => {
  res.writeHead(200, headers)
  res.end(body)
})
server.listen(Number(port), '127.0.0.1')

process.once('SIGTERM', () => server.close(() => process.exit(0)))
