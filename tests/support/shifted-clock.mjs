// Loaded into a build with `node --import` by the test that builds the site at different times: moves this process's
// clock (Date, and nothing else) by CLOCK_SHIFT_DAYS days, so that a date or time written into the output differs
// between two builds even when they run within the same minute.
const shift = Number(process.env.CLOCK_SHIFT_DAYS ?? 0) * 86_400_000;

if (shift) {
  const RealDate = Date;
  globalThis.Date = new Proxy(RealDate, {
    construct: (target, args, newTarget) =>
      Reflect.construct(target, args.length ? args : [target.now() + shift], newTarget),
    // `Date()` called without `new` gives the time as text.
    apply: (target) => new target(target.now() + shift).toString(),
    get: (target, property) => (property === 'now' ? () => target.now() + shift : Reflect.get(target, property)),
  });
}
