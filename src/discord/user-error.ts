/**
 * A refusal or a dead end the member should read (no such article, not allowed, wait a moment): thrown
 * by a handler, its message is shown to that member only, and nothing is logged as a failure. Any other
 * error is a bug or an outage: logged with the interaction id, and the member sees "Something went wrong".
 */
export class UserError extends Error {
  override readonly name = 'UserError';
}
