import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import type { ReportInput } from './report-input.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

export const FORMATS = ['text', 'json', 'sarif', 'junit', 'markdown'] as const;
export type FormatName = (typeof FORMATS)[number];

export function formatReport(
  format: FormatName,
  input: ReportInput,
  options: { color: boolean; verbose?: boolean },
): string {
  switch (format) {
    case 'text':
      return formatText(input, options);
    case 'json':
      return formatJson(input);
    case 'sarif':
      return formatSarif(input);
    case 'junit':
      return formatJunit(input);
    case 'markdown':
      return formatMarkdown(input);
  }
}
