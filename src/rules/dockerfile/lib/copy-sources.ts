import type { DockerInstruction } from '../../../sources/parsers/dockerfile/dockerfile-document.js';

/** Sources of an ADD or COPY (every argument but the destination), shell or JSON form. */
export function copySources(ins: DockerInstruction): string[] {
  const text = ins.argsText.trim();
  if (text.startsWith('[')) {
    try {
      const v: unknown = JSON.parse(text);
      if (Array.isArray(v) && v.every((s) => typeof s === 'string')) return (v as string[]).slice(0, -1);
    } catch {
      // not JSON after all: fall through to the shell-form words
    }
  }
  // Heredoc sources (`COPY <<EOF /file`) are inline content, not files.
  return ins.args.slice(0, -1).filter((a) => !a.startsWith('<<'));
}

export function isRemoteUrl(source: string): boolean {
  return /^(?:https?|ftp):\/\//i.test(source);
}

/** Git repositories ADD can clone (`https://host/repo.git#ref`, `git@host:repo`). */
export function isGitSource(source: string): boolean {
  return /^git@|^git:\/\/|\.git(?:#.*)?$|\.git\/?$/i.test(source);
}

export function flag(ins: DockerInstruction, name: string): string | null | undefined {
  const f = ins.flags.find((x) => x.name.toLowerCase() === name);
  return f ? f.value : undefined;
}
