// Records CSP violations and uncaught errors of the page, for test/bundle/iife.test.ts to read.
window.problems = [];
document.addEventListener('securitypolicyviolation', e =>
  window.problems.push(`CSP ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`),
);
window.addEventListener('error', e => window.problems.push(`error: ${e.message}`));
window.addEventListener('unhandledrejection', e => window.problems.push(`rejection: ${e.reason}`));
