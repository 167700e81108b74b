/**
 * Thrown for input an instrument cannot score: an unknown instrument, the wrong number of
 * answers, or a value that is not one of the item's published response values. `item` is the
 * 1-based item number, or null when the problem is not one item's.
 */
export class InstrumentInputError extends Error {
  constructor(readonly item: number | null, message: string) {
    super(message);
    this.name = 'InstrumentInputError';
  }
}

/** Thrown by `requireInstrument` (and everything built on it) for an id that is not defined. */
export class UnknownInstrumentError extends InstrumentInputError {
  constructor(readonly instrumentId: string) {
    super(null, `Unknown instrument: ${instrumentId}`);
    this.name = 'UnknownInstrumentError';
  }
}
