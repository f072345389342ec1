import type { DatabaseHandle } from '../../platform/db/connect.ts'
import { PostgresSearchRepository } from './postgres-search.repository.ts'
import type { SearchRepository } from './search.repository.ts'
import { SqliteSearchRepository } from './sqlite-search.repository.ts'

// Apart from search.repository.ts, which both implementations import for the contract and
// `candidate`: choosing one there made the contract and its implementations import each other.
export function searchRepositoryFor(database: DatabaseHandle): SearchRepository {
  return database.dialect === 'sqlite' ? new SqliteSearchRepository(database.db) : new PostgresSearchRepository(database.db)
}
