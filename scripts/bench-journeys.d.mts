// Types of scripts/bench-journeys.mjs, for test/scripts/bench-journeys.test.ts.
export declare function generateJourney(stages: number, touchpoints: number, personas: number, options?: { v11?: boolean }): string;
export declare function writeJourneyInputs(dir: string): void;
export declare const cjkJourney: (latin: string) => string;
