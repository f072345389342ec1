import { EventEmitter } from 'node:events'

// What changed in the newsroom, announced after the commit. The page cache listens here;
// a later step carries these events across instances.
export interface NewsroomEvents {
  'article.changed': { articleId: number; categoryIds: number[] }
  'category.changed': { categoryId: number }
  'links.changed': Record<string, never>
  'weather.changed': Record<string, never>
  'settings.changed': Record<string, never>
  /** What readers see of an article's comments changed (approved, edited, replied to, removed). */
  'comments.changed': { articleId: number }
  /** Comment settings changed; everyArticle when it may change the form on every article page. */
  'comment-settings.changed': { everyArticle: boolean }
}

export type NewsroomEventName = keyof NewsroomEvents

export class NewsroomEventBus {
  readonly #emitter = new EventEmitter()

  emit<K extends NewsroomEventName>(name: K, payload: NewsroomEvents[K]): void {
    this.#emitter.emit(name, payload)
  }

  on<K extends NewsroomEventName>(name: K, listener: (payload: NewsroomEvents[K]) => void): void {
    this.#emitter.on(name, listener)
  }
}
