/** An operation that cannot be applied: the design is left as it was and the message says why. */
export class OpError extends Error {
  constructor(message: string, readonly ruleId?: string) {
    super(message);
    this.name = 'OpError';
  }
}
