// The _headers file's Content-Security-Policy, from the one module that also writes every page's <meta> policy.
export { headerPolicy as contentSecurityPolicy } from "../security/content-security-policy.ts";
