/** Subscriber profiles: the six kinds of facts about one customer, read together. */
export { type Behaviour, behaviourOf, type DailyFacts, wholeMonths } from './core/behaviour.ts';
export { readProfile } from './read-profile.ts';
