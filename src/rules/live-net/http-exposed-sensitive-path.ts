import { defineRule } from '../../core/rule.js';
import { SENSITIVE_PATHS } from '../../sources/live/http/sensitive-paths.js';
import { ENDPOINT } from '../live/lib/endpoint.js';

export default defineRule({
  id: 'http/exposed-sensitive-path',
  kind: 'http-live',
  severity: 'high',
  title: 'Sensitive file or endpoint is publicly served',
  why: 'Files such as /.git/config, /.env, heap dumps or backups were downloadable, and their content matched the real file format (not a generic error page). They typically contain source code, passwords, API keys or session data that lead straight to a breach.',
  fix: 'Remove the file from the web root (deploy build artifacts only, not the repository), or deny the path in the web server (nginx: `location ~ /\\.(git|env|svn|DS_Store|htpasswd) { deny all; }`; Spring Boot: expose only `health` with `management.endpoints.web.exposure.include=health`; Apache: restrict /server-status to localhost). Rotate every secret the file contained.',
  verify:
    'Request the path again (`curl -s -o /dev/null -w "%{http_code}" https://<host>/.env`) and expect 403 or 404; re-run `plumb scan`.',
  references: [
    'CWE-538',
    'CWE-527',
    'CWE-215',
    'OWASP ASVS 4.0 V14.3.2',
    'https://docs.spring.io/spring-boot/reference/actuator/endpoints.html',
    'https://owasp.org/www-project-web-security-testing-guide/latest/4-Web_Application_Security_Testing/02-Configuration_and_Deployment_Management_Testing/04-Review_Old_Backup_and_Unreferenced_Files_for_Sensitive_Information',
  ],
  tags: ['live', 'http', 'disclosure'],
  check(doc, ctx) {
    for (const exposed of doc.exposedPaths) {
      const known = SENSITIVE_PATHS.find((p) => p.path === exposed.path);
      ctx.report({
        at: ENDPOINT,
        path: `${doc.path}${exposed.path}`,
        severity: known?.severity ?? 'high',
        message: `${doc.path}${exposed.path} is publicly readable${known ? `: ${known.what}` : ''}`,
        evidence: `HTTP ${exposed.status}, ${exposed.evidence}`,
      });
    }
  },
});
