import { execFileSync } from 'node:child_process';
import { relative } from 'node:path';
import type { PlannedFix } from './plan.js';

export class GitError extends Error {}

function git(cwd: string, args: string[]): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    throw new GitError(`git ${args[0]} failed: ${(err.stderr ?? err.message).trim()}`);
  }
}

export function repoRoot(dir: string): string {
  return git(dir, ['rev-parse', '--show-toplevel']);
}

export function commitMessage(fixes: readonly PlannedFix[]): string {
  const lines = [
    `plumb fix: ${fixes.length} security misconfiguration${fixes.length === 1 ? '' : 's'} fixed`,
    '',
  ];
  for (const f of fixes) lines.push(`- ${f.path}:${f.line} ${f.ruleId} (${f.severity}): ${f.title}`);
  return `${lines.join('\n')}\n`;
}

/**
 * Puts the fixed files on a new branch of the scanned repository: create the branch from the
 * current HEAD, stage exactly the fixed files, commit with a message listing every fix.
 */
export function commitOnBranch(
  dir: string,
  branch: string,
  files: readonly string[],
  fixes: readonly PlannedFix[],
): string {
  const root = repoRoot(dir);
  if (!/^[A-Za-z0-9._/-]+$/.test(branch) || branch.startsWith('-'))
    throw new GitError(`invalid branch name: ${branch}`);
  git(root, ['check-ref-format', '--branch', branch]);
  git(root, ['switch', '-c', branch]);
  git(root, ['add', '--', ...files.map((f) => relative(root, f))]);
  // The user's own identity when git has one; otherwise commit as Plumbline rather than fail.
  let identity: string[] = [];
  try {
    git(root, ['config', 'user.email']);
  } catch {
    identity = ['-c', 'user.name=Plumbline', '-c', 'user.email=plumbline@localhost'];
  }
  git(root, [...identity, 'commit', '-q', '--no-verify', '-m', commitMessage(fixes)]);
  return git(root, ['rev-parse', 'HEAD']);
}
