import type { Diagnostic, DiagnosticCode } from '../../core/diagnostic.js';

/** A failure while talking to an endpoint. Probes turn it into a Diagnostic; it never escapes a probe. */
export class ProbeError extends Error {
  constructor(
    readonly code: Extract<DiagnosticCode, 'timeout' | 'protocol-error' | 'connection-error'>,
    message: string,
  ) {
    super(message);
    this.name = 'ProbeError';
  }
}

/** Converts anything thrown during a probe into a diagnostic that names the endpoint. */
export function toDiagnostic(
  target: string,
  error: unknown,
  level: Diagnostic['level'] = 'error',
): Diagnostic {
  if (error instanceof ProbeError) return { code: error.code, level, target, message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'protocol-error', level, target, message };
}
