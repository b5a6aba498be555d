// Summarises a V8 CPU profile (node --cpu-prof) into where the build's time goes: by function (self and total) and by package.
import { readFileSync } from "node:fs";
import { relative, sep } from "node:path";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileRow {
  name: string;
  ms: number;
  percent: number;
}

export interface ProfileSummary {
  totalMs: number;
  /** Time spent in the function's own code. */
  self: ProfileRow[];
  /** Time spent in the function and everything it called (recursion counted once), for the project's own functions. */
  projectTotal: ProfileRow[];
  /** Self time grouped by package (node_modules/<name>), project folder, Node internals, or V8 (GC, idle, program). */
  byPackage: ProfileRow[];
  /** Wall time by phase of the build, in the order the phases first ran; idle time counts towards the phase it falls in. */
  phases: (ProfileRow & { idleMs: number; busiest: string[] })[];
}

/**
 * Landmarks of scripts/build.ts, in the order it runs them: each is told by a function on the stack, and spans its first
 * to its last sample. The build's phases are the landmarks and the stretches between them; async work has shallow stacks,
 * so the time between landmarks (and idle time: the main thread waiting on the thread pool, disk or a child) goes to the stretch.
 */
const LANDMARKS: { name: string; toEnd?: boolean; test: (frames: string[]) => boolean }[] = [
  { name: "loadSite in scripts/build.ts (the pre-check)", test: (f) => f.some((u) => u.endsWith(" loadSite")) && !f.some((u) => u.includes(".eleventy.ts")) },
];
const STRETCHES = ["start-up: loading modules (tsx, Eleventy, the project)", "Eleventy: set-up, pagination, render and writing the files (the graph is handed over, not read again)"];

/** Reads a .cpuprofile and ranks where the time went; `projectRoot` decides which functions count as the project's own. */
export function summariseProfile(file: string, projectRoot: string, top = 15): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const totalUs = [...selfUs.values()].reduce((a, b) => a + b, 0);

  const location = (node: ProfileNode) => {
    const url = node.callFrame.url.replace(/^file:\/\//, "");
    const where = url.startsWith(projectRoot) ? relative(projectRoot, url) : url;
    // Files tsx compiled report every function on line 1, so only other files get a line number.
    if (!where || node.callFrame.lineNumber <= 0) return where;
    return `${where}:${node.callFrame.lineNumber + 1}`;
  };
  const label = (node: ProfileNode) => `${node.callFrame.functionName || "(anonymous)"} ${location(node)}`.trim();
  const isProject = (node: ProfileNode) => {
    const url = node.callFrame.url.replace(/^file:\/\//, "");
    return url.startsWith(projectRoot) && !url.includes(`${sep}node_modules${sep}`);
  };
  const packageOf = (node: ProfileNode) => {
    const url = node.callFrame.url.replace(/^file:\/\//, "");
    if (!url) return `(${node.callFrame.functionName || "v8"})`;
    if (url.startsWith("node:")) return "node internals";
    const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
    if (inModules) return inModules[1];
    if (url.startsWith(projectRoot)) return relative(projectRoot, url).split(sep).slice(0, 2).join("/");
    return url;
  };

  const self = new Map<string, number>();
  const packages = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const node = byId.get(id)!;
    self.set(label(node), (self.get(label(node)) ?? 0) + us);
    packages.set(packageOf(node), (packages.get(packageOf(node)) ?? 0) + us);
  }

  // Total time per project function: walk the call tree once, crediting a function only where it is not already on the stack.
  const inclusive = new Map<string, number>();
  const subtreeUs = new Map<number, number>();
  const sum = (id: number): number => {
    const node = byId.get(id)!;
    let us = selfUs.get(id) ?? 0;
    for (const child of node.children ?? []) us += sum(child);
    subtreeUs.set(id, us);
    return us;
  };
  const root = profile.nodes[0];
  sum(root.id);
  const onStack = new Map<string, number>();
  const walk = (id: number) => {
    const node = byId.get(id)!;
    const key = isProject(node) ? label(node) : undefined;
    if (key && !onStack.get(key)) inclusive.set(key, (inclusive.get(key) ?? 0) + subtreeUs.get(id)!);
    if (key) onStack.set(key, (onStack.get(key) ?? 0) + 1);
    for (const child of node.children ?? []) walk(child);
    if (key) onStack.set(key, onStack.get(key)! - 1);
  };
  walk(root.id);

  // Phases: find each landmark's first and last sample, then cut the timeline at those points.
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const stackCache = new Map<number, string[]>();
  const framesOf = (id: number): string[] => {
    let frames = stackCache.get(id);
    if (!frames) {
      frames = [];
      for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
        const frame = byId.get(at)!.callFrame;
        frames.push(`${frame.url} ${frame.functionName}`);
      }
      stackCache.set(id, frames);
    }
    return frames;
  };
  // Each landmark is looked for after the one before it ends.
  let searchFrom = 0;
  const spans = LANDMARKS.map((landmark) => {
    let first = -1;
    let last = -1;
    for (let i = searchFrom; i < profile.samples.length; i++) {
      const frames = framesOf(profile.samples[i]);
      if (landmark.test(frames)) {
        if (first < 0) first = i;
        last = i;
      }
    }
    if (last >= 0) searchFrom = last + 1;
    return { name: landmark.name, first, last };
  });
  const cuts: { name: string; from: number }[] = [{ name: STRETCHES[0], from: 0 }];
  spans.forEach((span, k) => {
    if (span.first < 0) return;
    cuts.push({ name: span.name, from: span.first });
    // Async work's later samples have no landmark on the stack, so the last phase runs to the end of the profile.
    if (!LANDMARKS[k].toEnd) cuts.push({ name: STRETCHES[k + 1], from: span.last + 1 });
  });
  const phases = cuts
    .map((cut, k) => {
      const to = k + 1 < cuts.length ? cuts[k + 1].from : profile.samples.length;
      let us = 0;
      let idleUs = 0;
      const inPhase = new Map<string, number>();
      for (let i = cut.from; i < to; i++) {
        const node = byId.get(profile.samples[i])!;
        const delta = profile.timeDeltas[i] ?? 0;
        us += delta;
        if (node.callFrame.functionName === "(idle)") idleUs += delta;
        else inPhase.set(packageOf(node), (inPhase.get(packageOf(node)) ?? 0) + delta);
      }
      const busiest = [...inPhase.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([name, t]) => `${name} ${(t / 1000).toFixed(0)} ms`);
      return { name: cut.name, ms: us / 1000, percent: (100 * us) / totalUs, idleMs: idleUs / 1000, busiest };
    })
    .filter((phase) => phase.ms > 0);

  const rank = (map: Map<string, number>) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: us / 1000, percent: (100 * us) / totalUs }));
  return { totalMs: totalUs / 1000, self: rank(self), projectTotal: rank(inclusive), byPackage: rank(packages), phases };
}

/** The summary as aligned text lines. */
export function formatProfile(summary: ProfileSummary): string[] {
  const rows = (title: string, list: ProfileRow[]) => [
    title,
    ...list.map((r) => `  ${r.ms.toFixed(0).padStart(7)} ms ${r.percent.toFixed(1).padStart(5)}%  ${r.name}`),
  ];
  return [
    `CPU profile: ${(summary.totalMs / 1000).toFixed(1)} s sampled`,
    "Wall time by phase, in order (of which idle: the main thread waiting on the thread pool, disk or a child process):",
    ...summary.phases.flatMap((p) => [
      `  ${p.ms.toFixed(0).padStart(7)} ms ${p.percent.toFixed(1).padStart(5)}%  ${p.name}`,
      `${"".padStart(19)}idle ${p.idleMs.toFixed(0)} ms; busiest: ${p.busiest.join(", ") || "–"}`,
    ]),
    ...rows("Self time by package or folder:", summary.byPackage),
    ...rows("Self time by function:", summary.self),
    ...rows("Total time of the project's own functions (with what they call):", summary.projectTotal),
  ];
}
