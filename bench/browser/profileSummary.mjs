// Reads CPU profiles written by sessionBench.mjs (BENCH_SESSION_PROFILE=dir) and prints where the
// time went: the functions with the most time of their own, and the most time including what they
// called (each function counted once per sample, so recursion does not count twice). Profile an
// unminified build (`npx vite build --minify false`) so the names read as in the source.
//
//   node bench/browser/profileSummary.mjs dir/replay-0.cpuprofile [more profiles] [--top=25]
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const top = Number(args.find((arg) => arg.startsWith('--top='))?.slice(6) ?? 25);
const files = args.filter((arg) => !arg.startsWith('--'));

const name = (frame) => {
  const file =
    frame.url
      .split('/')
      .at(-1)
      ?.replace(/-[\w-]{8}\.js$/, '.js') ?? '';
  return `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
};

for (const file of files) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map();
  const total = new Map();
  let all = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    all += ms;
    const leaf = byId.get(id);
    const leafName = name(leaf.callFrame);
    self.set(leafName, (self.get(leafName) ?? 0) + ms);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const key = name(byId.get(at).callFrame);
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + ms);
    }
  });
  const list = (map) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([key, ms]) => `  ${ms.toFixed(1).padStart(8)} ms  ${key}`)
      .join('\n');
  console.log(`${file}: ${all.toFixed(0)} ms sampled\nself:\n${list(self)}\ntotal:\n${list(total)}\n`);
}
