/**
 * A Lit attribute converter for an attribute that holds a JSON object. Anything else is logged, naming the
 * attribute, and read as `{}`: a bad attribute in the page's HTML must never throw from the element.
 */
export const jsonObjectAttribute = <T extends object>(where: string) => ({
  fromAttribute(value: string | null): T {
    try {
      const parsed: unknown = JSON.parse(value || '{}');
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as T;
    } catch {
      /* reported below */
    }
    console.error(`${where} is not a JSON object: ${value}`);
    return {} as T;
  },
});
