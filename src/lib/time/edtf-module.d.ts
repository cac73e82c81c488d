// The `edtf` package ships no types. This declares only what src/lib/time/edtf.ts uses: the
// parser, which returns plain objects (edtf/src/parser.js), not the Date/Interval classes.
declare module 'edtf' {
  export interface ParseResult {
    /** 'Date' | 'Interval' | 'Season' | 'Set' | 'List' | 'Year' | 'Decade' | 'Century' */
    type: string;
    level: number;
    /**
     * Date: [year, month0?, day?, hours?, ...] with a 0-based month (May is 4).
     * Interval: [lower, upper], null for an open ("..") or unknown ("") end.
     */
    values: Array<number | ParseResult | null>;
    /** true, or a bitmask of the qualified digits for partial qualification ("?1923-05"). */
    uncertain?: boolean | number;
    approximate?: boolean | number;
    /** bitmask of X digits ("192X"). */
    unspecified?: number;
    /** significant digits of a year ("1950S2"). */
    significant?: number;
    /** time zone offset in minutes, present when the date has a time. */
    offset?: number;
  }

  export interface ParseConstraints {
    level?: 0 | 1 | 2 | 3;
    types?: string[];
    seasonIntervals?: boolean;
    seasonUncertainty?: boolean;
  }

  /** Throws an Error whose message ends with ` for "<input>"` when the input is not EDTF. */
  export function parse(input: string, constraints?: ParseConstraints): ParseResult;
}
