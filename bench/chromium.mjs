// How the benchmarks start Chromium, and which processes are theirs: one home for the flags every bench needs.
import { readdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

/**
 * CPU jiffies of this Node process and all its descendants (the browser and its renderers), by pid: utime + stime,
 * plus cutime + cstime so that children that exited and were reaped meanwhile still count.
 */
export function ownTicks() {
  const processes = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const [utime, stime, cutime, cstime] = fields.slice(11, 15).map(Number);
      processes.set(Number(entry), { parent: Number(fields[1]), ticks: utime + stime + cutime + cstime });
    } catch {
      // the process exited meanwhile
    }
  }
  const ours = new Map([[process.pid, processes.get(process.pid).ticks]]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, { parent, ticks }] of processes)
      if (!ours.has(pid) && ours.has(parent)) {
        ours.set(pid, ticks);
        grew = true;
      }
  }
  return ours;
}

export const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
// Without these, about every other new context also loads the browser's own WebUI omnibox popup (chrome://omnibox-
// popup.top-chrome) in another renderer, some 400 ms of CPU next to the page being measured.
export const DISABLED_FEATURES = [
  'WebUIOmniboxPopup',
  'WebUIOmniboxFullPopup',
  'WebUIOmniboxAimPopup',
  'PreloadTopChromeWebUI',
];

/** The command line of our browser process (the one Playwright talks to over a pipe). */
function browserCommandLine() {
  for (const pid of ownTicks().keys()) {
    try {
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      if (args.includes('--remote-debugging-pipe')) return args;
    } catch {
      // exited meanwhile
    }
  }
  return [];
}

/**
 * Launches Chromium with FLAGS and DISABLED_FEATURES. Chromium honours only the last --disable-features switch, and
 * Playwright passes its own list: a first launch reads Playwright's list from the browser's command line, the second
 * replaces it with both lists.
 */
export async function launchChromium(executablePath = '/usr/bin/chromium') {
  const first = await chromium.launch({ executablePath, args: FLAGS });
  const theirs = browserCommandLine().find(arg => arg.startsWith('--disable-features='));
  await first.close();
  if (!theirs) throw new Error("could not read Playwright's --disable-features from the browser's command line");
  const browser = await chromium.launch({
    executablePath,
    args: [...FLAGS, `${theirs},${DISABLED_FEATURES.join(',')}`],
    ignoreDefaultArgs: [theirs],
  });
  const disabled = browserCommandLine().filter(arg => arg.startsWith('--disable-features='));
  if (disabled.length !== 1) throw new Error(`expected one --disable-features switch, got ${disabled.join(' ')}`);
  return browser;
}
