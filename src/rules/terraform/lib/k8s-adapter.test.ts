import { describe, expect, it } from 'vitest';
import type { AnyRule } from '../../../core/rule.js';
import { terraformHandler } from '../../../sources/parsers/terraform/handler.js';
import { checkSample, fixSample } from '../../../test-support/rule-tester.js';
import dropAll from '../k8s-capabilities-drop-all.js';
import dangerousCapabilities from '../k8s-dangerous-capabilities.js';
import hostPath from '../k8s-host-path.js';
import privileged from '../k8s-privileged.js';
import resourceLimits from '../k8s-resource-limits.js';
import runAsRoot from '../k8s-run-as-root.js';

function findings(rule: AnyRule, code: string, path = 'main.tf') {
  return checkSample(rule, terraformHandler, { code }, { path }).findings;
}

function fixed(rule: AnyRule, code: string, options: Record<string, unknown> = {}, path = 'main.tf') {
  return fixSample(rule, terraformHandler, { code, options, errors: 0 }, { path });
}

const pod = (spec: string) =>
  `resource "kubernetes_pod_v1" "p" {\n  metadata {\n    name = "p"\n  }\n  spec {\n${spec}  }\n}\n`;

describe('Terraform kubernetes adapter', () => {
  it('keeps CRLF line endings and tab indentation in created blocks', () => {
    const code = pod('\t\tcontainer {\n\t\t\tname  = "c"\n\t\t\timage = "redis:7"\n\t\t}\n')
      .replace(/ {2}/g, '\t')
      .replace(/\n/g, '\r\n');
    expect(fixed(dropAll, code)).toBe(
      code.replace(
        '\t\t\timage = "redis:7"\r\n',
        '\t\t\timage = "redis:7"\r\n\t\t\tsecurity_context {\r\n\t\t\t\tcapabilities {\r\n\t\t\t\t\tdrop = ["ALL"]\r\n\t\t\t\t}\r\n\t\t\t}\r\n',
      ),
    );
  });

  it('reports but does not rewrite a one-line block body', () => {
    const code = pod(
      '    container {\n      name  = "c"\n      image = "redis:7"\n      security_context { privileged = true }\n    }\n',
    );
    expect(findings(dropAll, code).map((f) => [f.range.start.line, f.fix])).toEqual([[7, undefined]]);
    expect(fixed(privileged, code)).toContain('security_context { privileged = false }');
  });

  it('reports JSON-syntax configuration without editing it', () => {
    const code = JSON.stringify({
      resource: {
        kubernetes_pod_v1: {
          p: {
            metadata: { name: 'p' },
            spec: { container: [{ name: 'c', security_context: { privileged: true } }] },
          },
        },
      },
    });
    const [f] = findings(privileged, code, 'main.tf.json');
    expect(f?.message).toMatch(/container "c" runs privileged/);
    expect(f?.fix).toBeUndefined();
  });

  it('reports what dynamic blocks generate, and never edits them', () => {
    const code = pod(
      '    container {\n      name  = "c"\n      image = "redis:7"\n      dynamic "security_context" {\n        for_each = [1]\n        content {\n          capabilities {\n            add = ["SYS_ADMIN"]\n          }\n        }\n      }\n    }\n',
    );
    const [f] = findings(dangerousCapabilities, code);
    expect(f?.range.start.line).toBe(13);
    expect(f?.fix).toBeUndefined();
    expect(
      findings(hostPath, pod('    dynamic "volume" {\n      for_each = []\n      content {}\n    }\n')),
    ).toEqual([]);
  });

  it('does not judge values only known at apply time', () => {
    const vars =
      'variable "caps" {\n  type = list(string)\n}\nvariable "limits" {\n  type = map(string)\n}\n';
    const code =
      vars +
      pod(
        '    container {\n      name  = "c"\n      image = "redis:7"\n      resources {\n        limits = var.limits\n      }\n      security_context {\n        capabilities {\n          drop = var.caps\n        }\n      }\n    }\n',
      );
    expect(findings(dropAll, code)).toEqual([]);
    expect(findings(resourceLimits, code)).toEqual([]);
  });

  it('reports every instance of a counted workload, and one fix serves them all', () => {
    const code = `resource "kubernetes_pod_v1" "p" {
  count = 2
  metadata {
    name = "p-\${count.index}"
  }
  spec {
    container {
      name  = "c"
      image = "redis:7"
    }
  }
}
`;
    expect(findings(runAsRoot, code).map((f) => f.message)).toEqual([
      'kubernetes_pod_v1.p[0]: neither the pod nor its containers set runAsNonRoot: true or a non-zero runAsUser, so they run as the image user (often root)',
      'kubernetes_pod_v1.p[1]: neither the pod nor its containers set runAsNonRoot: true or a non-zero runAsUser, so they run as the image user (often root)',
    ]);
    expect(fixed(runAsRoot, code)).toBe(
      code.replace('  spec {\n', '  spec {\n    security_context {\n      run_as_non_root = true\n    }\n'),
    );
  });
});
