import { defineMessages } from '../../platform/i18n/index.ts'

/** The moderators' screens: the queue's actions, their confirmation, the dashboard's count. */
export const moderationMessages = defineMessages('comment-moderation', {
  waiting: 'Ý kiến chờ duyệt',
}, {
  waiting: 'Comments awaiting moderation',
})
