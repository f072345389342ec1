// A readers' poll, as the newsroom sets it up and as readers see it.
export type ResultsShown = 'after-vote' | 'after-close'
export const RESULTS_SHOWN: readonly ResultsShown[] = ['after-vote', 'after-close']
export const isResultsShown = (value: string): value is ResultsShown => (RESULTS_SHOWN as readonly string[]).includes(value)

export type PollState = 'upcoming' | 'open' | 'closed'

export const CHOICES_MIN = 2
export const CHOICES_MAX = 10
export const QUESTION_MAX = 300
export const CHOICE_MAX = 200

export interface PollChoice {
  id: number
  position: number
  label: string
  votes: number
}

export interface Poll {
  id: number
  slug: string
  question: string
  multiple: boolean
  opensAt: Date
  closesAt: Date
  resultsShown: ResultsShown
  /** Readers who voted (in a poll of several choices, fewer than the votes). */
  voters: number
  choices: PollChoice[]
}

export interface PollInput {
  slug: string
  question: string
  multiple: boolean
  opensAt: Date
  closesAt: Date
  resultsShown: ResultsShown
  /** In order; when the poll has votes, as many as before (only their words may change). */
  choices: string[]
}

/** Open from opens_at (included) to closes_at (excluded). */
export function stateOf(poll: Pick<Poll, 'opensAt' | 'closesAt'>, now: Date): PollState {
  if (now.getTime() < poll.opensAt.getTime()) return 'upcoming'
  return now.getTime() < poll.closesAt.getTime() ? 'open' : 'closed'
}

/**
 * Whether a reader may see the counts: everyone once the poll is closed; before that, only a
 * reader who has voted, and only when the newsroom chose to show them after voting.
 */
export function resultsVisible(poll: Pick<Poll, 'opensAt' | 'closesAt' | 'resultsShown'>, now: Date, hasVoted: boolean): boolean {
  const state = stateOf(poll, now)
  if (state === 'closed') return true
  return state === 'open' && hasVoted && poll.resultsShown === 'after-vote'
}

/** Whole percent of the voters who ticked a choice (several choices may add up past 100). */
export const percentOf = (votes: number, voters: number): number => (voters === 0 ? 0 : Math.round((votes * 100) / voters))
