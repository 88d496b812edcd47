/**
 * A small real training run: logistic regression with mini-batch SGD on a generated, linearly
 * separable-ish 2-class dataset, tracked with wandb-ts (config, loss and accuracy per step, a
 * validation score per epoch, and the final summary).
 *
 * Run it with `deno task demo` (or `deno run -A examples/train.ts`).
 *
 * @module
 */
import * as wandb from "../mod.ts";

/** A seeded PRNG (mulberry32), so every run sees the same data. */
function rng(seed: number): () => number {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function gaussian(rand: () => number): number {
  const u = 1 - rand(), v = rand();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** n points in `dim` dimensions; the label depends on a hidden weight vector plus noise. */
function makeData(n: number, trueW: number[], rand: () => number) {
  const dim = trueW.length;
  const xs: Float64Array[] = [], ys: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = Float64Array.from({ length: dim }, () => gaussian(rand));
    const z = x.reduce((s, xi, j) => s + xi * trueW[j]!, 0) + 0.5 * gaussian(rand);
    xs.push(x);
    ys.push(z > 0 ? 1 : 0);
  }
  return { xs, ys };
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

function evaluate(w: Float64Array, b: number, xs: Float64Array[], ys: number[]) {
  let loss = 0, correct = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!;
    let z = b;
    for (let j = 0; j < x.length; j++) z += w[j]! * x[j]!;
    const p = Math.min(Math.max(sigmoid(z), 1e-12), 1 - 1e-12);
    loss += -(ys[i]! * Math.log(p) + (1 - ys[i]!) * Math.log(1 - p));
    if ((p > 0.5 ? 1 : 0) === ys[i]) correct++;
  }
  return { loss: loss / xs.length, acc: correct / xs.length };
}

const config = {
  learning_rate: 0.1,
  epochs: 5,
  batch_size: 32,
  dim: 10,
  train_size: 4000,
  val_size: 1000,
  seed: 7,
};
const run = await wandb.init({
  project: "wandb-ts-demo",
  jobType: "train",
  tags: ["example"],
  config,
});

const rand = rng(config.seed);
const trueW = Array.from({ length: config.dim }, () => gaussian(rand));
const train = makeData(config.train_size, trueW, rand);
const val = makeData(config.val_size, trueW, rand);
const w = new Float64Array(config.dim);
let b = 0;
const grad = new Float64Array(config.dim);

console.log(`training logistic regression on ${config.train_size} points, ${config.dim} features`);
for (let epoch = 0; epoch < config.epochs; epoch++) {
  for (let start = 0; start < train.xs.length; start += config.batch_size) {
    grad.fill(0);
    let gb = 0, loss = 0, correct = 0;
    const end = Math.min(start + config.batch_size, train.xs.length);
    for (let i = start; i < end; i++) {
      const x = train.xs[i]!;
      let z = b;
      for (let j = 0; j < x.length; j++) z += w[j]! * x[j]!;
      const p = sigmoid(z);
      const err = p - train.ys[i]!;
      for (let j = 0; j < x.length; j++) grad[j]! += err * x[j]!;
      gb += err;
      const pc = Math.min(Math.max(p, 1e-12), 1 - 1e-12);
      loss += -(train.ys[i]! * Math.log(pc) + (1 - train.ys[i]!) * Math.log(1 - pc));
      if ((p > 0.5 ? 1 : 0) === train.ys[i]) correct++;
    }
    const m = end - start;
    for (let j = 0; j < w.length; j++) w[j]! -= (config.learning_rate * grad[j]!) / m;
    b -= (config.learning_rate * gb) / m;
    run.log({ loss: loss / m, acc: correct / m, epoch });
  }
  const v = evaluate(w, b, val.xs, val.ys);
  run.log({ val: { loss: v.loss, acc: v.acc } }, { commit: false });
  console.log(`epoch ${epoch}: val loss ${v.loss.toFixed(4)}, val acc ${v.acc.toFixed(4)}`);
}
const final = evaluate(w, b, val.xs, val.ys);
run.summary.update({ best_val_acc: final.acc, weights_norm: Math.hypot(...w) });
await run.finish();
