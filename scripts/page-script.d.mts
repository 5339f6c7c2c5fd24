// Types of scripts/page-script.mjs, for vitest.config.ts.
import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin as VitePlugin } from 'vitest/config';

export declare const PAGE_SCRIPT_MODULE: 'virtual:page-script';
export declare function bundlePageScript(): Promise<{ text: string; inputs: string[] }>;
export declare function pageScriptEsbuildPlugin(): EsbuildPlugin;
export declare function pageScriptVitePlugin(): VitePlugin;
