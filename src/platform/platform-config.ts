import { z } from 'zod';
import { SEVERITIES } from '../core/severity.js';
import { MATCH_TYPES } from '../ownership/match.js';

/**
 * The platform's sections of plumb.yaml: who the organisation is, who owns what, what to scan
 * and when. Validated here (the scanner's own config module leaves these sections to us).
 */
export const organisationSchema = z
  .object({
    name: z.string().min(1).default('Organisation'),
    subsidiaries: z
      .array(
        z
          .object({
            name: z.string().min(1),
            teams: z
              .array(z.object({ name: z.string().min(1), contact: z.string().optional() }).strict())
              .default([]),
          })
          .strict(),
      )
      .default([]),
    teams: z
      .array(z.object({ name: z.string().min(1), contact: z.string().optional() }).strict())
      .default([]),
    defaultOwner: z.string().min(1).optional(),
  })
  .strict();

export const ownershipSchema = z.array(
  z
    .object({
      team: z.string().min(1),
      match: z.enum(MATCH_TYPES),
      pattern: z.string().min(1),
    })
    .strict(),
);

export const targetGroupSchema = z
  .object({
    name: z.string().regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, dot, dash, underscore'),
    paths: z.array(z.string().min(1)).min(1),
    schedule: z.string().optional(),
    watch: z.boolean().default(false),
    exclude: z.array(z.string()).default([]),
  })
  .strict();

export const slaSchema = z
  .object(Object.fromEntries(SEVERITIES.map((s) => [s, z.number().int().positive().optional()])))
  .strict();

export const platformConfigSchema = z.object({
  organisation: organisationSchema.optional(),
  ownership: ownershipSchema.default([]),
  targets: z.array(targetGroupSchema).default([]),
  sla: slaSchema.optional(),
});

export type PlatformConfig = z.infer<typeof platformConfigSchema>;
export type TargetGroup = z.infer<typeof targetGroupSchema>;

export function parsePlatformConfig(raw: Record<string, unknown>, file: string): PlatformConfig {
  const r = platformConfigSchema.safeParse({
    organisation: raw.organisation,
    ownership: raw.ownership ?? [],
    targets: raw.targets ?? [],
    sla: raw.sla,
  });
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new Error(`${file}: invalid key "${issue.path.map(String).join('.')}": ${issue.message}`);
  }
  return r.data;
}
