// JUnit XML for `stepwise test --junit`: one testsuite per state machine, one testcase per mock test case.
import type { ExecutionResult } from '../engine/simulate';

export interface CaseReport { name: string; seconds: number; problems: string[]; result: ExecutionResult }

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

export function junitXml(suite: string, reports: CaseReport[]): string {
  const failures = reports.filter((r) => r.problems.length).length;
  const time = reports.reduce((t, r) => t + r.seconds, 0);
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites tests="${reports.length}" failures="${failures}" time="${time.toFixed(3)}">`,
    `  <testsuite name="${esc(suite)}" tests="${reports.length}" failures="${failures}" errors="0" skipped="0" time="${time.toFixed(3)}">`];
  for (const r of reports) {
    const open = `    <testcase name="${esc(r.name)}" classname="${esc(suite)}" time="${r.seconds.toFixed(3)}"`;
    if (!r.problems.length) { lines.push(`${open}/>`); continue; }
    lines.push(`${open}>`, `      <failure message="${esc(r.problems[0])}">${esc(r.problems.join('\n'))}</failure>`, '    </testcase>');
  }
  lines.push('  </testsuite>', '</testsuites>', '');
  return lines.join('\n');
}
