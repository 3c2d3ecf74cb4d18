// Test-runner plugins and middleware (Node side).

/**
 * Server command `set-offline` { offline: boolean } through raw CDP. page.setOfflineMode() would also cut the
 * test runner's own WebSocket on Chromium 156 and hang the run (see shared/reference/toolchain.md), so we flip
 * navigator.onLine with Network.overrideNetworkState and block traffic by rule, letting ws://<origin>/wds through.
 */
const cdpSessions = new Map();
async function getCdp(session) {
  let client = cdpSessions.get(session.id);
  if (!client) {
    const page = session.browser.getPage(session.id);
    client = await page.createCDPSession();
    await client.send('Network.enable');
    cdpSessions.set(session.id, client);
  }
  return client;
}

export function networkPlugin() {
  return {
    name: 'network-offline-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'set-offline') return undefined;
      const offline = !!payload?.offline;
      const page = session.browser.getPage(session.id);
      const client = await getCdp(session);
      const wdsSocket = new URL(page.url()).origin.replace(/^http/, 'ws') + '/wds';
      const noThrottle = { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 };
      await client.send('Network.overrideNetworkState', { ...noThrottle, offline });
      await client.send('Network.emulateNetworkConditionsByRule', {
        matchedNetworkConditions: offline
          ? [
              { urlPattern: wdsSocket, ...noThrottle },
              { urlPattern: '', ...noThrottle, offline: true },
            ]
          : [{ urlPattern: '', ...noThrottle }],
      });
      return true;
    },
  };
}

/** Serves test/bundle/csp*.html with the strict CSP that agency sites may use. */
export async function cspMiddleware(ctx, next) {
  await next();
  if (/^\/test\/bundle\/csp[^/]*\.html$/.test(ctx.path)) ctx.set('Content-Security-Policy', "default-src 'self'");
}
