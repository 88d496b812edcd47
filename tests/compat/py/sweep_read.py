"""Reads a sweep with the public API: `python sweep_read.py <entity/project/sweep_id>`; prints one
JSON line with its state, expected run count, runs (id, state, config, loss) and best run."""
import json
import sys

import wandb

api = wandb.Api()
sweep = api.sweep(sys.argv[1])
best = sweep.best_run()
runs = [
    {
        "id": r.id,
        "state": r.state,
        "sweep": r.sweep.id if r.sweep else None,
        "config": {k: v for k, v in r.config.items() if not k.startswith("_")},
        "loss": r.summary.get("loss"),
    }
    for r in sweep.runs
]
print(json.dumps({
    "id": sweep.id,
    "state": sweep.state,
    "method": sweep.config.get("method"),
    "expected": sweep.expected_run_count,
    "best_loss": sweep.best_loss if hasattr(sweep, "best_loss") else None,
    "runs": runs,
    "best": best.id if best else None,
    "best_loss_run": best.summary.get("loss") if best else None,
}))
