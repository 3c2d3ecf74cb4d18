/** Polls until `check` returns something truthy (or throws after `timeout` ms). */
export async function until<T>(
  check: () => T | Promise<T>,
  timeout = 10000,
  what = 'condition',
): Promise<NonNullable<T>> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise(resolve => setTimeout(resolve, 25));
  }
}
