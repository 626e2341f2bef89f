import type { Plugin } from 'vite';

export const VALIBOT_FILE: RegExp;
export function valibotPatches(code: string, id: string): string | undefined;
export function valibotPatchesPlugin(): Plugin;
