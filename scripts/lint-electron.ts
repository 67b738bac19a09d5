import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';

/**
 * Electronegativity over electron/, as part of `npm test`. Fails on any finding of medium
 * severity or above, unless it is suppressed with a written reason: inline as
 * `// eng-disable CHECK_ID: why`, or, for the whole-application checks that cannot be
 * annotated, in electron/electronegativity-exceptions.json.
 */
interface Issue {
  id: string;
  file: string;
  location: { line: number; column: number };
  description: string;
  severity: { value: number; name: string };
  confidence: { name: string };
}

type Run = (options: Record<string, unknown>) => Promise<{ issues: Issue[] }>;

const ROOT = resolve(import.meta.dirname, '..');
const INPUT = join(ROOT, 'electron');
const MEDIUM = 2;
const MIN_REASON = 20;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|js|html)$/.test(entry.name) ? [path] : [];
  });
}

/** Every inline suppression must say why, after a colon on the same line. */
function suppressionsWithoutReason(): string[] {
  const problems: string[] = [];
  for (const file of sourceFiles(INPUT)) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, index) => {
        const match = /eng-disable[ \t]+[\w \t]+(:(.*))?$/.exec(line);
        if (match && (match[2] ?? '').trim().length < MIN_REASON) {
          problems.push(`${relative(ROOT, file)}:${index + 1} suppresses a check without a reason`);
        }
      });
  }
  return problems;
}

function exceptions(): Record<string, string> {
  const text = readFileSync(join(INPUT, 'electronegativity-exceptions.json'), 'utf8');
  return JSON.parse(text) as Record<string, string>;
}

async function main(): Promise<number> {
  const require = createRequire(import.meta.url);
  const run = require('@doyensec/electronegativity') as Run;
  const electronVersion = (
    JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>;
    }
  ).devDependencies.electron;
  // The installed version, not the scanner's guess: defaults differ by version.
  const { issues } = await run({
    input: INPUT,
    isRelative: true,
    electronVersion,
    electronVersionOverride: electronVersion,
  });
  const excused = exceptions();
  const problems = suppressionsWithoutReason();
  for (const [check, reason] of Object.entries(excused)) {
    if (reason.trim().length < MIN_REASON) problems.push(`${check} is excepted without a reason`);
  }
  const findings = issues.filter(
    (issue) => issue.severity.value >= MEDIUM && !(issue.id in excused),
  );
  for (const issue of findings) {
    problems.push(
      `${issue.severity.name} ${issue.id} at electron/${issue.file}:${issue.location.line}: ${issue.description}`,
    );
  }
  if (problems.length > 0) {
    console.error(`Electronegativity: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
    return 1;
  }
  const below = issues.filter((i) => i.severity.value < MEDIUM).length;
  console.info(
    `Electronegativity: no unexplained finding of medium severity or above (${Object.keys(excused).length} excepted with a reason, ${below} below medium).`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('Electronegativity could not run:', error);
    process.exit(1);
  },
);
