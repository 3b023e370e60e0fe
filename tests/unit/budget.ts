// Time bounds for the "never hangs" tests: guards against catastrophic slowness (a regex that
// backtracks, a scan that turns quadratic), which costs seconds or minutes where the code takes
// milliseconds. They are not speed targets (`npm run bench` measures those). A busy machine (CI
// beside a browser, two cores) slows everything alike, so the bound grows in proportion: a fixed
// workload is timed, and compared with its time on a quiet machine.

/** The calibration workload's time on this project's 2-core machine when quiet (ms). */
const QUIET_MS = 30;

const TEXT = 'The council meeting on Tuesday, sam@example.org, 01525 631920. '.repeat(4000);

/** Regex scanning and string building, the engine's own kind of work; long enough (~30 ms) to feel contention. */
function workload(): number {
  let n = 0;
  for (let round = 0; round < 20; round++) {
    for (const re of [/\b[\w.]+@[\w.]+\b/g, /\d{5} \d{6}/g, /\b(council|meeting)\b/gi])
      n += TEXT.match(re)?.length ?? 0;
    n += TEXT.toLowerCase().split(' ').length;
  }
  return n;
}

/** How much slower than quiet this machine is right now (at least 1). */
export function slowdown(): number {
  const times: number[] = [];
  for (let i = 0; i < 2; i++) {
    const t0 = performance.now();
    workload();
    times.push(performance.now() - t0);
  }
  return Math.max(1, Math.min(...times) / QUIET_MS);
}

/** `ms` on a quiet machine, scaled for how busy this one is now. */
export function budget(ms: number): number {
  return ms * slowdown();
}
