import type { Plugin } from 'vite';

export const ZOD_FILE: RegExp;
export function ownKeysOnly(code: string, id: string): string | undefined;
export function ownKeysOnlyPlugin(): Plugin;
