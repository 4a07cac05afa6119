#!/usr/bin/env node
// First step of `npm test`: makes sure what the tests need is here before minutes of checks run, and otherwise stops
// at once with one line saying what to run. Plain Node, no dependencies (it runs before node_modules may exist).
// - node_modules missing (a fresh clone): runs `npm ci`.
// - Debian's Chromium missing (the browser tests drive /usr/bin/chromium, or CHROMIUM_PATH): installs it with
//   apt-get when running as root (as .ci/run does), else stops with the command to run.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (command) => execSync(command, { stdio: 'inherit' });
const stop = (line) => {
  console.error(line);
  process.exit(1);
};

if (!existsSync('node_modules/.package-lock.json')) {
  console.log('npm test: node_modules is missing; running `npm ci` first');
  run('npm ci --no-audit --no-fund');
}

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && !process.env.CHROMIUM_PATH && existsSync('/usr/bin/apt-get')) {
    console.log("npm test: installing Debian's chromium for the browser tests (apt-get install -y chromium)");
    try {
      run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
    } catch {
      stop(
        'npm test: could not install Chromium; run `apt-get install -y chromium` as root, then `npm test` again',
      );
    }
  } else {
    stop(
      `npm test: the browser tests need Chromium at ${chromium}; run \`sudo apt-get install -y chromium\` (or set CHROMIUM_PATH), then \`npm test\` again`,
    );
  }
}
