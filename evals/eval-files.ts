/**
 * The eval's question files. Dev: the first questions and the blind sets that have served (their
 * failures were studied); tuning and fitting use dev only. Test: the blind set written last, frozen
 * (checksum in evals/test.sha256), read per category and never question by question.
 */
export const DEV_FILES = ['evals/questions.jsonl', 'evals/dev-blind.jsonl', 'evals/dev-blind-2.jsonl', 'evals/dev-blind-3.jsonl', 'evals/dev-blind-4.jsonl', 'evals/dev-blind-5.jsonl', 'evals/dev-blind-6.jsonl', 'evals/dev-blind-7.jsonl', 'evals/dev-blind-8.jsonl', 'evals/dev-blind-9.jsonl', 'evals/dev-blind-10.jsonl', 'evals/dev-blind-11.jsonl', 'evals/dev-blind-12.jsonl', 'evals/dev-blind-13.jsonl', 'evals/dev-blind-14.jsonl', 'evals/dev-blind-15.jsonl', 'evals/dev-blind-16.jsonl', 'evals/dev-blind-17.jsonl', 'evals/dev-blind-18.jsonl', 'evals/dev-blind-19.jsonl', 'evals/dev-blind-20.jsonl', 'evals/dev-blind-21.jsonl', 'evals/dev-blind-22.jsonl', 'evals/dev-blind-23.jsonl', 'evals/dev-blind-24.jsonl', 'evals/dev-blind-25.jsonl', 'evals/dev-blind-26.jsonl', 'evals/dev-blind-27.jsonl', 'evals/dev-blind-28.jsonl', 'evals/dev-blind-29.jsonl', 'evals/dev-blind-30.jsonl', 'evals/dev-blind-31.jsonl'];
/** The dev questions written blind (by people who never saw the code): phrased as the public phrases. */
export const BLIND_DEV_FILES = ['evals/dev-blind.jsonl', 'evals/dev-blind-2.jsonl', 'evals/dev-blind-3.jsonl', 'evals/dev-blind-4.jsonl', 'evals/dev-blind-5.jsonl', 'evals/dev-blind-6.jsonl', 'evals/dev-blind-7.jsonl', 'evals/dev-blind-8.jsonl', 'evals/dev-blind-9.jsonl', 'evals/dev-blind-10.jsonl', 'evals/dev-blind-11.jsonl', 'evals/dev-blind-12.jsonl', 'evals/dev-blind-13.jsonl', 'evals/dev-blind-14.jsonl', 'evals/dev-blind-15.jsonl', 'evals/dev-blind-16.jsonl', 'evals/dev-blind-17.jsonl', 'evals/dev-blind-18.jsonl', 'evals/dev-blind-19.jsonl', 'evals/dev-blind-20.jsonl', 'evals/dev-blind-21.jsonl', 'evals/dev-blind-22.jsonl', 'evals/dev-blind-23.jsonl', 'evals/dev-blind-24.jsonl', 'evals/dev-blind-25.jsonl', 'evals/dev-blind-26.jsonl', 'evals/dev-blind-27.jsonl', 'evals/dev-blind-28.jsonl', 'evals/dev-blind-29.jsonl', 'evals/dev-blind-30.jsonl', 'evals/dev-blind-31.jsonl'];
export const TEST_FILES = ['evals/test.jsonl'];
/**
 * The conversation sets (`npm run eval:conversations -- --file F`): dev, the probes written to tune on and the blind sets that
 * have served (each measured once before its failures were studied); the test set is evals/conversations.test.jsonl, read in
 * aggregate only.
 */
export const CONVERSATION_DEV_FILES = ['evals/conversations.dev.jsonl', 'evals/conversations.dev-2.jsonl', 'evals/conversations.dev-3.jsonl', 'evals/conversations.dev-4.jsonl', 'evals/conversations.dev-5.jsonl', 'evals/conversations.dev-6.jsonl', 'evals/conversations.dev-7.jsonl', 'evals/conversations.dev-8.jsonl', 'evals/conversations.dev-9.jsonl', 'evals/conversations.dev-10.jsonl', 'evals/conversations.dev-11.jsonl', 'evals/conversations.dev-12.jsonl', 'evals/conversations.dev-13.jsonl', 'evals/conversations.dev-14.jsonl', 'evals/conversations.dev-15.jsonl', 'evals/conversations.dev-16.jsonl', 'evals/conversations.dev-17.jsonl', 'evals/conversations.dev-18.jsonl', 'evals/conversations.dev-19.jsonl', 'evals/conversations.dev-20.jsonl', 'evals/conversations.dev-21.jsonl', 'evals/conversations.dev-22.jsonl', 'evals/conversations.dev-23.jsonl', 'evals/conversations.dev-24.jsonl', 'evals/conversations.dev-25.jsonl', 'evals/conversations.dev-26.jsonl', 'evals/conversations.dev-27.jsonl', 'evals/conversations.dev-28.jsonl', 'evals/conversations.dev-29.jsonl', 'evals/conversations.dev-30.jsonl'];
export const CONVERSATION_TEST_FILE = 'evals/conversations.test.jsonl';
/**
 * Conversation sets written blind and kept out of dev, read in aggregate only (`--file`), to check the test set's figure on
 * conversations no rule has been near: not tuned on, and not printed conversation by conversation.
 */
export const CONVERSATION_HELD_OUT_FILES = ['evals/conversations.held-out-4.jsonl', 'evals/conversations.held-out-5.jsonl', 'evals/conversations.held-out-6.jsonl', 'evals/conversations.held-out-7.jsonl'];
