import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './k8s-allow-privilege-escalation.js';

const deployment = (container: string) => `resource "kubernetes_deployment_v1" "web" {
  metadata {
    name = "web"
  }
  spec {
    template {
      metadata {
        labels = { app = "web" }
      }
      spec {
        container {
          name  = "app"
          image = "nginx:1.27"
${container}        }
      }
    }
  }
}
`;

const cronJob = (container: string) => `resource "kubernetes_cron_job_v1" "report" {
  metadata {
    name = "report"
  }
  spec {
    schedule = "0 3 * * *"
    job_template {
      metadata {}
      spec {
        template {
          metadata {}
          spec {
            container {
              name  = "report"
              image = "busybox:1.36"
${container}            }
          }
        }
      }
    }
  }
}
`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      {
        code: deployment(
          '          security_context {\n            allow_privilege_escalation = false\n          }\n',
        ),
      },
      {
        name: 'a string Terraform converts to a bool',
        code: deployment(
          '          security_context {\n            allow_privilege_escalation = "false"\n          }\n',
        ),
      },
      {
        name: 'a value only known at apply time is not judged',
        code: `variable "escalate" {
  type = bool
}
${deployment('          security_context {\n            allow_privilege_escalation = var.escalate\n          }\n')}`,
      },
    ],
    invalid: [
      {
        name: 'left out: the provider defaults to true',
        code: deployment(''),
        errors: [{ line: 12, message: /container "app" does not set allowPrivilegeEscalation: false/ }],
        output: deployment(
          '          security_context {\n            allow_privilege_escalation = false\n          }\n',
        ),
      },
      {
        name: 'explicit true, next to other settings',
        code: deployment(
          '          security_context {\n            allow_privilege_escalation = true\n            read_only_root_filesystem  = true\n          }\n',
        ),
        errors: [{ line: 15, message: /sets allowPrivilegeEscalation: true/ }],
        output: deployment(
          '          security_context {\n            allow_privilege_escalation = false\n            read_only_root_filesystem  = true\n          }\n',
        ),
      },
      {
        name: 'cron job: the pod template under job_template',
        code: cronJob(''),
        errors: [{ line: 14, message: /^kubernetes_cron_job_v1\.report: container "report"/ }],
        output: cronJob(
          '              security_context {\n                allow_privilege_escalation = false\n              }\n',
        ),
      },
    ],
  },
  { path: 'main.tf' },
);
