/** History rows as W&B's file_stream sends them, shared by the server bench and its client. */
export function historyLines(from: number, n: number): string[] {
  const out: string[] = [];
  for (let i = from; i < from + n; i++) {
    out.push(
      `{"_step": ${i}, "_runtime": ${i * 0.01}, "_timestamp": ${1_700_000_000 + i}, "loss": ${
        1 / (i + 1)
      }, "acc": ${i / (i + 1)}}`,
    );
  }
  return out;
}

/** A row of 10 scalars, the unit of the SDK measures (offline, online). */
export function row10(i: number): Record<string, number> {
  return {
    loss: 1 / (i + 1),
    acc: i / (i + 1),
    lr: 0.001,
    epoch: i >> 10,
    grad_norm: i * 0.5,
    a: i,
    b: i + 1,
    c: i + 2,
    d: i * 2,
    e: 0.25,
  };
}

/** Settings of the SDK measures: no console capture, system metrics, git probe or output. */
export const BENCH_SETTINGS = {
  console: "off",
  x_disable_stats: true,
  silent: true,
  disable_git: true,
} as const;
