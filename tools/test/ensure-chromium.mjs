// The browser tests drive Debian's Chromium (Playwright's own download does not work on these
// machines). Installs it when missing and we are root; otherwise says exactly what to run.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log(`${chromium} is missing: installing Debian's chromium package…`);
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  } else {
    console.error(
      `Chromium is missing: run "sudo apt-get update && sudo apt-get install -y chromium", or set CHROMIUM_PATH, then run npm test again.`,
    );
    process.exit(1);
  }
}
