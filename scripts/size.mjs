// Prints the gzip -9 size of each script-tag bundle and fails when dist/masukan.min.js exceeds its budget.
import { readFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const budgets = { 'dist/masukan.min.js': 25000, 'dist/masukan-kiosk.min.js': 40000 };
const files = [
  'dist/masukan.min.js',
  'dist/masukan-presets.min.js',
  'dist/masukan-ikm-report.min.js',
  'dist/masukan-kiosk.min.js',
].filter(f => existsSync(f));
if (!files.includes('dist/masukan.min.js')) {
  console.error('dist/masukan.min.js is missing: run `npm run build` first.');
  process.exit(1);
}
let failed = false;
for (const file of files) {
  const raw = readFileSync(file);
  const gz = execFileSync('gzip', ['-9', '-c', file], { maxBuffer: 1 << 26 }).length; // the figure the README quotes
  const budget = budgets[file];
  const verdict = budget ? (gz > budget ? `OVER budget ${budget}` : `budget ${budget}`) : 'no budget';
  console.log(`${file}: ${raw.length} bytes, ${gz} bytes gzip -9 (${verdict})`);
  if (budget && gz > budget) failed = true;
}
process.exit(failed ? 1 : 0);
