import { kubernetesHandler } from '../../sources/parsers/kubernetes/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './host-namespaces.js';

ruleTester(
  rule,
  kubernetesHandler,
  {
    valid: [
      {
        code: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
spec:
  template:
    spec:
      hostNetwork: false
      containers:
        - name: agent
          image: agent:2.1
`,
      },
    ],
    invalid: [
      {
        name: 'all three, each set to false',
        code: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
  namespace: monitoring
spec:
  template:
    spec:
      hostNetwork: true
      hostPID: true
      hostIPC: true # shared memory
      dnsPolicy: ClusterFirstWithHostNet
      containers:
        - name: agent
          image: agent:2.1
`,
        errors: [
          { line: 9, message: /hostNetwork: true/ },
          { line: 10, message: /hostPID: true/ },
          { line: 11, message: /hostIPC: true/ },
        ],
        output: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
  namespace: monitoring
spec:
  template:
    spec:
      hostNetwork: false
      hostPID: false
      hostIPC: false # shared memory
      dnsPolicy: ClusterFirstWithHostNet
      containers:
        - name: agent
          image: agent:2.1
`,
      },
    ],
  },
  { path: 'k8s/agent.yaml' },
);
