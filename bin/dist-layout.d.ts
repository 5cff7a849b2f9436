// Types for bin/dist-layout.js (plain JavaScript, so the bin can read it before any TypeScript tooling).
export declare const SOURCE_DIRS: readonly string[];
export declare const LINKED_ASSETS: readonly string[];
export declare const STAMP_FILE: string;
export declare const BUILD_FILES: readonly string[];
export declare function newestSourceTime(root: string): number;
export declare function distState(root: string, distDir: string): "fresh" | "missing" | "stale";
