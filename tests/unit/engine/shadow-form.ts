/**
 * DOM clobbering as a browser does it, for Node DOMs that do not: a form's controls shadow the form's
 * members by their names (`<input name="parentNode">` makes `form.parentNode` that input). A shadowed
 * member read more than MAX_READS times throws, so that a walk which would loop for ever in a browser
 * fails its test instead of hanging it; the answer says whether one did.
 */
const MAX_READS = 10_000;

export function shadowByControls(form: Element): { looped: boolean } {
  const report = { looped: false };
  for (const control of form.querySelectorAll('[name]')) {
    let reads = 0;
    Object.defineProperty(form, control.getAttribute('name')!, {
      configurable: true,
      get: () => {
        if (++reads <= MAX_READS) return control;
        report.looped = true;
        throw new Error(`form.${control.getAttribute('name')} read ${MAX_READS} times: a walk loops`);
      },
    });
  }
  return report;
}
