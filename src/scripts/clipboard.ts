/**
 * Copying text for the section buttons, and saying so: one polite status message, shown briefly
 * at the bottom of the screen and read out by screen readers.
 */

let status: HTMLElement | undefined;
let clearTimer: number | undefined;

/** Adds the status region early: screen readers announce changes only to a region they already know. */
export function prepareAnnouncer(): void {
  if (status) return;
  status = document.createElement('p');
  status.className = 'copy-status';
  status.setAttribute('role', 'status');
  document.body.append(status);
}

/**
 * Shows and announces a short message.
 * @param message what happened, for example "Link copied"
 * @param linger milliseconds before the message goes; 0 keeps it
 */
export function announce(message: string, linger = 4000): void {
  prepareAnnouncer();
  const region = status as HTMLElement;
  clearTimeout(clearTimer);
  // Emptying first makes a repeated message ("Link copied" twice) count as a change.
  region.textContent = '';
  setTimeout(() => {
    region.textContent = message;
    if (linger) clearTimer = window.setTimeout(() => (region.textContent = ''), linger);
  }, 50);
}

/**
 * Copies text to the clipboard and announces the result.
 * @param text what to copy
 * @param done the message when it worked, for example "Link copied"
 */
export async function copyText(text: string, done: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    announce(done);
  } catch {
    // Some browsers refuse (no permission, not a secure page): show the text so it can be copied by hand.
    announce(`Copying is not allowed here. Select and copy this instead: ${text}`, 0);
  }
}
