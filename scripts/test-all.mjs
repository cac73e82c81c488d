// `npm test`: everything, in the order a failure is cheapest to find: the data build, the checks
// (`npm run check`: typecheck, lint, unused code), unit tests, the production build, then e2e tests
// in Chromium against that build. Ends with one line, `N passed, N failed`, summing unit and e2e
// tests; a step that fails outright (the data build, the checks, the production build) counts as
// one failed test.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const results = [];

function run(label, command, args) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit', shell: false });
  return status === 0;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

function step(label, command, args, runner = 'npx') {
  const ok = run(label, runner, [command, ...args]);
  results.push({ label, passed: 0, failed: ok ? 0 : 1 });
  return ok;
}

rmSync('test-results', { recursive: true, force: true });

if (step('data', 'tsx', ['scripts/build-data.ts'])) {
  step('check', 'run', ['--silent', 'check'], 'npm');

  run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/unit.json']);
  const unit = readJson('test-results/unit.json');
  results.push(
    unit
      ? { label: 'unit tests', passed: unit.numPassedTests, failed: unit.numFailedTests + (unit.success || unit.numFailedTests ? 0 : 1) }
      : { label: 'unit tests', passed: 0, failed: 1 },
  );

  if (step('build', 'vite', ['build', '--logLevel', 'warn'])) {
    run('e2e tests', 'npx', ['playwright', 'test', '-c', 'e2e/playwright.config.ts']);
    const e2e = existsSync('test-results/e2e.json') ? readJson('test-results/e2e.json') : null;
    results.push(
      e2e
        ? { label: 'e2e tests', passed: e2e.stats.expected + e2e.stats.flaky, failed: e2e.stats.unexpected + (e2e.errors?.length ?? 0) }
        : { label: 'e2e tests', passed: 0, failed: 1 },
    );
  }
}

console.log('\nSummary');
for (const r of results) {
  const line = r.label.endsWith('tests') ? `${r.passed} passed, ${r.failed} failed` : r.failed ? 'FAILED' : 'ok';
  console.log(`  ${r.label.padEnd(12)} ${line}`);
}
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
