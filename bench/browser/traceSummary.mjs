// Reads Chrome traces written by sessionBench.mjs (BENCH_SESSION_TRACE=dir) and says, for each
// act, how long the page's main thread took from the click or input to the first frame it drew
// (and how much of that it was busy), and how long that frame then waited for the GPU process
// (with software WebGL the compositor reads the canvas back, waiting until it is drawn).
//
//   node bench/browser/traceSummary.mjs dir/*.json
import { readFileSync } from 'node:fs';

const ms = (microseconds) => `${(microseconds / 1000).toFixed(0)} ms`;

for (const file of process.argv.slice(2)) {
  const events = JSON.parse(readFileSync(file, 'utf8')).traceEvents;
  const thread = (event) => `${event.pid}:${event.tid}`;
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args.name === 'CrRendererMain').map(thread));
  const act = events.find((e) => e.name === 'EventDispatch' && ['click', 'input'].includes(e.args?.data?.type) && mains.has(thread(e)));
  if (!act) {
    console.log(`${file}: no click or input found`);
    continue;
  }
  const main = thread(act);
  const frame = events.filter((e) => e.name === 'GLES2::ReadPixels' && thread(e) === main && e.ts > act.ts).sort((a, b) => a.ts - b.ts)[0];
  if (!frame) {
    console.log(`${file}: no frame drawn after the act`);
    continue;
  }
  let busy = 0;
  for (const task of events) {
    if (thread(task) !== main || task.name !== 'ThreadControllerImpl::RunTask' || task.ph !== 'X') continue;
    busy += Math.max(0, Math.min(task.ts + task.dur, frame.ts) - Math.max(task.ts, act.ts));
  }
  console.log(`${file}: to the first frame ${ms(frame.ts - act.ts)} (main thread busy ${ms(busy)}), that frame waited ${ms(frame.dur)} for the GPU process`);
}
