import { Redis } from 'ioredis'

// Redis is shared state that may go away: commands fail at once while it is down (no queue
// that would make requests wait), and the client keeps reconnecting in the background.
export function connectRedis(url: string, name: string): Redis {
  const client = new Redis(url, {
    connectionName: `toasoan-${name}`,
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 2000,
    commandTimeout: 1000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  })
  // ioredis reports every failed reconnect as an error event; callers watch `status` instead.
  client.on('error', () => {})
  return client
}
