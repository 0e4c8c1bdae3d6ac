import { kubernetesHandler } from '../../sources/parsers/kubernetes/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './host-path.js';

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
  containers:
    - name: app
      image: nginx:1.27
  volumes:
    - name: cache
      emptyDir: {}
    - name: config
      configMap:
        name: web-config
`,
      },
    ],
    invalid: [
      {
        name: 'severity follows what is mounted',
        code: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
spec:
  template:
    spec:
      containers:
        - name: agent
          image: agent:2.1
      volumes:
        - name: docker
          hostPath:
            path: /var/run/docker.sock
        - name: root
          hostPath:
            path: /
        - name: etc
          hostPath:
            path: /etc/kubernetes/
        - name: logs
          hostPath:
            path: /var/log/app
            type: DirectoryOrCreate
        - name: certs
          hostPath: {path: /etc/ssl/certs}
        - name: run
          hostPath:
            path: /run
`,
        errors: [
          { line: 14, message: /docker\.sock: the container runtime socket/, severity: 'critical' },
          { line: 17, message: /host path \/: the node's whole filesystem/, severity: 'critical' },
          { line: 20, message: /sensitive host directory/, severity: 'high' },
          { line: 23, severity: 'medium' },
          { line: 26, severity: 'medium' },
          { line: 29, severity: 'critical' },
        ],
      },
    ],
  },
  { path: 'k8s/agent.yaml' },
);
