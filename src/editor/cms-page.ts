import { ADMIN_CONTENT_SECURITY_POLICY, serializePolicy } from '../site/security-policy.ts';

/**
 * The HTML of `/admin/`. Every address is relative, so the editor works under a base path too;
 * the policy is repeated as `<meta>` for hosts that ignore `_headers` (GitHub Pages).
 */
export function adminPage(): string {
  return `<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${serializePolicy(ADMIN_CONTENT_SECURITY_POLICY)}">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="same-origin">
<title>Formular-Editor – Kooperationsatlas</title>
<link href="config.yml" type="text/yaml" rel="cms-config-url">
</head>
<body>
<noscript>Der Formular-Editor braucht JavaScript. Ohne JavaScript können Sie Einträge im Web-Editor von GitHub anlegen, wie es in CONTRIBUTING.md beschrieben ist.</noscript>
<script src="decap-cms.js"></script>
<script src="cms-setup.js"></script>
</body>
</html>
`;
}
