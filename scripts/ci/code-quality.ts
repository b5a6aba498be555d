// The same problems as the job summary, as a GitLab Code Quality report, so a merge request lists each one at its data file and line.
import { createHash } from 'node:crypto';
import type { ProblemGroup, ValidationProblem } from './job-summary.ts';

/** One finding in GitLab's Code Quality format (a subset of Code Climate's). */
export interface CodeQualityFinding {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
  location: { path: string; lines: { begin: number } };
}

/**
 * Findings for the data check's errors and for the page problems whose text was found in a data file (the others have no file to point at).
 * @example codeQualityReport([{ file: '_data/areas/x.yaml', line: 2, field: 'name', message: 'is required but missing' }], [])[0].location → { path: '_data/areas/x.yaml', lines: { begin: 2 } }
 */
export function codeQualityReport(validation: ValidationProblem[], groups: ProblemGroup[]): CodeQualityFinding[] {
  const findings: CodeQualityFinding[] = validation.map((problem) =>
    finding(`${problem.field ? `${problem.field}: ` : ''}${problem.message}`, 'data-check', problem.file, problem.line ?? 1),
  );
  for (const group of groups) {
    const place = group.source?.place;
    if (!place) continue;
    findings.push(finding(`${group.kind.title} on the page ${group.page} (field ${place.field}): ${group.issues[0]!.message}`, group.kind.anchor, place.file, place.line));
  }
  return findings;
}

function finding(description: string, checkName: string, path: string, line: number): CodeQualityFinding {
  // The fingerprint stays the same while the problem does, so GitLab can tell new problems from fixed ones.
  const fingerprint = createHash('md5').update(`${checkName}\0${path}\0${description}`).digest('hex');
  return { description, check_name: checkName, fingerprint, severity: 'major', location: { path, lines: { begin: line } } };
}
