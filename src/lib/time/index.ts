// Dates for the app: day numbers, parsing what a person types, formatting in words.
//
// edtf.ts is deliberately not re-exported: it loads the `edtf` parser, which only the data build
// needs (the atlas file already holds day numbers). Re-exporting it here would put the parser in
// the app bundle, since the package does not declare itself free of side effects. The build and
// the tests import './edtf.ts' directly; Validity and inForce come from days.ts and are here.

export {
  addMonths,
  addYears,
  dayFromIso,
  dayFromParts,
  daysInMonth,
  inForce,
  isLeapYear,
  isoFromDay,
  isValidDate,
  partsFromDay,
  type DateParts,
  type Day,
  type Precision,
  type Validity,
} from './days.ts';
export { formatDate, formatDay, formatMonth, formatSpan } from './format.ts';
export { clampToRange, inRange, parseUserDate, type UserDate } from './parse.ts';
export { CORE_PERIOD, OPENING_DAY, WHOLE_PERIOD, parseAtlasDate, type Span } from './period.ts';
