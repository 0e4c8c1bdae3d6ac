import { kubernetesHandler } from '../../sources/parsers/kubernetes/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './unsafe-sysctls.js';

ruleTester(
  rule,
  kubernetesHandler,
  {
    valid: [
      {
        code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    sysctls:
      - name: net.ipv4.ip_local_port_range
        value: "1024 65535"
  containers:
    - name: app
      image: nginx:1.27
`,
      },
    ],
    invalid: [
      {
        code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    sysctls:
      - name: net.ipv4.tcp_syncookies
        value: "1"
      - name: kernel.msgmax
        value: "65536"
      - name: vm.overcommit_memory
        value: "1"
  containers:
    - name: app
      image: nginx:1.27
`,
        errors: [
          { line: 10, message: /unsafe sysctl kernel\.msgmax/ },
          { line: 12, message: /vm\.overcommit_memory/ },
        ],
      },
    ],
  },
  { path: 'k8s/pod.yaml' },
);
