import { INSTRUMENTS } from './definitions/index.js';
import { UnknownInstrumentError } from './errors.js';
import type { InstrumentDefinition } from './types.js';

/** The definition for an instrument id (throws UnknownInstrumentError). */
export function requireInstrument(instrumentId: string): InstrumentDefinition {
  const definition = INSTRUMENTS.find((d) => d.id === instrumentId);
  if (!definition) throw new UnknownInstrumentError(instrumentId);
  return definition;
}
