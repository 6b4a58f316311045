/**
 * Thrown when an index cannot be scored because an input is missing: a field the
 * posts do not state (BCI 7var needs each post's originality) or an account-level
 * input (DCI and BVCI need each account's `followers`, and `followerHistory` for fans
 * gained). Names the index, the missing input and (the first ten of) the accounts
 * lacking it. A `TypeError`, so callers checking `instanceof TypeError` still catch it.
 */
export class IndexInputError extends TypeError {
  override readonly name = 'IndexInputError';
  constructor(
    /** The index id (`dci`, `bci-7var` …). */
    readonly index: string,
    /** The missing input (`followers`, `followersGained`, `isOriginal`, `accounts`). */
    readonly missing: string,
    /** Accounts lacking it (empty when the whole input is absent). */
    readonly accountIds: readonly string[],
    message: string,
  ) {
    super(message);
  }
}
