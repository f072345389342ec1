import * as polls from '../../migrations/20261207-0401-polls.ts'
import { namesFrom } from '../../platform/audit-words.ts'
import type { PortalModule } from '../../platform/module.ts'
import { connectRedis } from '../../platform/redis/connect.ts'
import { DatabaseAbuseCounters, RedisAbuseCounters, type AbuseCounters } from '../comments/index.ts'
import { MemoryCounters } from './memory-counters.ts'
import { VoteBatcher } from './vote-batch.ts'
import { pollMessages } from './messages.ts'
import { POLL_LIST_TAG, pollTag } from './paths.ts'
import { PollDefinitions } from './poll-definitions.ts'
import { PollVoting } from './poll-voting.service.ts'
import { pollsAdminRoutes } from './polls-admin.ts'
import { pollsBlock } from './polls.block.ts'
import { pollJobs } from './polls.jobs.ts'
import { seedPollsDemo } from './polls-demo.ts'
import { publicPollRoutes } from './public.routes.ts'
import { POLL_STYLES } from './polls.styles.ts'
import { VoterKeys } from './voter-marks.ts'

declare module '../../platform/events.ts' {
  interface NewsroomEvents {
    /** A poll was saved or removed, or opened or closed: its page, the list and the sidebar block change. Never sent for a vote. */
    'polls.changed': { pollId: number }
  }
}

declare module '../../platform/module.ts' {
  interface NewsroomActions {
    'poll.manage': true
  }
  interface PortalServices {
    pollVoting: PollVoting
    pollVoterKeys: VoterKeys
    pollDefinitions: PollDefinitions
  }
}

// Readers' polls ("Bình chọn", issue 15): a page per poll at /binh-chon/<slug>, a block for the
// sidebar, a newsroom screen. Votes touch no cached page: the counts a reader sees come from the
// uncached vote page (docs/decisions/0052-poll-results-outside-the-page-cache.md).
export const pollsModule: PortalModule = {
  name: 'polls',
  title: 'Bình chọn',
  messages: [pollMessages],
  migrations: { '20261207-0401-polls': polls },
  readerStyles: POLL_STYLES,
  publicPrefixes: ['binh-chon'],
  rights: { 'poll.manage': { roles: ['editor', 'approver', 'administrator'] } },
  relayed: ['polls.changed'],
  purges: { 'polls.changed': ({ pollId }) => [pollTag(pollId), POLL_LIST_TAG, 'layout'] },
  nav: [{ label: 'Bình chọn', href: '/toa-soan/binh-chon', right: 'poll.manage' }],
  audit: {
    actions: { 'poll.create': 'thêm cuộc bình chọn', 'poll.update': 'sửa cuộc bình chọn', 'poll.delete': 'xóa cuộc bình chọn' },
    names: { poll: namesFrom('polls', 'question') },
  },
  provide: ({ db, clock, config, events, services, onClose }) => {
    const pollVoterKeys = new VoterKeys(db)
    const settings = services.commentSettings
    const batcher = new VoteBatcher(db)
    onClose(() => batcher.close())
    // Counts per address in Redis when there is one (the database while it is away), else in memory.
    let counters: AbuseCounters = new MemoryCounters()
    if (config.redisUrl) {
      const redis = connectRedis(config.redisUrl, 'poll-counters')
      counters = new RedisAbuseCounters(redis, new DatabaseAbuseCounters(db), config.redisPrefix)
      void redis.connect().catch(() => {})
      onClose(() => redis.disconnect())
    }
    return {
      pollVoterKeys,
      pollDefinitions: new PollDefinitions(db, events),
      // The comments' challenge and its secret: one check for every reader's form.
      pollVoting: new PollVoting(db, clock, pollVoterKeys, batcher, counters, async () => (await settings.current()).challengeSecret),
    }
  },
  jobs: ({ db, clock, events, services }) => pollJobs({ db, clock, events, keys: services.pollVoterKeys }),
  blocks: ({ db, clock }) => [pollsBlock(db, clock)],
  publicRoutes: ({ db, clock, services, responder }) => publicPollRoutes({ db, clock, voting: services.pollVoting, definitions: services.pollDefinitions, chrome: services.chrome, responder }),
  newsroomRoutes: ({ db, clock, events }) => pollsAdminRoutes({ db, clock, events }),
  seedDemo: ({ db, now }) => seedPollsDemo(db, now),
}
