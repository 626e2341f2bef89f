/**
 * Writes text to the clipboard. Resolves `false` instead of throwing where there is no clipboard
 * (an insecure page, an old browser, a refused permission), so the caller offers its own fallback.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
