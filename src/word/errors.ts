/** A Word failure during an action, in plain Swedish. `cause` holds Word's own error. */
export class WordActionError extends Error {
  constructor(
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'WordActionError';
  }
}
