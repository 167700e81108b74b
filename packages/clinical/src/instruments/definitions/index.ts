import type { InstrumentDefinition } from '../types.js';
import { ASEX } from './asex.js';
import { CSI_4 } from './csi-4.js';
import { FSDS_R } from './fsds-r.js';
import { FSFI } from './fsfi.js';
import { GAD_7 } from './gad-7.js';
import { IIEF_5 } from './iief-5.js';
import { PEDT } from './pedt.js';
import { PHQ_9 } from './phq-9.js';
import { PSS_10 } from './pss-10.js';

/** Every instrument Candor can score, in `INSTRUMENT_IDS` order. */
export const INSTRUMENTS: readonly InstrumentDefinition[] = [PHQ_9, GAD_7, IIEF_5, FSFI, PEDT, ASEX, FSDS_R, PSS_10, CSI_4];

export { ASEX, CSI_4, FSDS_R, FSFI, GAD_7, IIEF_5, PEDT, PHQ_9, PSS_10 };
