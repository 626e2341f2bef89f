import type { Plugin } from 'vite';

export const ZOD_FILE: RegExp;
export function zodPatches(code: string, id: string): string | undefined;
export function zodPatchesPlugin(): Plugin;
