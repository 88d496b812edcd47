"""Reads a queue item with the official public API's queued-run calls; prints JSON.

argv: ENTITY, PROJECT, QUEUE, ITEM_ID, then "state" (state only) or "finish" (wait for the run)
"""

import json
import sys

import wandb

entity, project, queue, item_id, what = sys.argv[1:6]
api = wandb.Api()
queued = api.queued_run(entity, project, queue, item_id, "model-registry")
out = {"id": queued.id, "state": queued.state}
if what == "finish":
    run = queued.wait_until_finished()
    out.update(
        {
            "run_id": run.id,
            "run_state": run.state,
            "lr": run.config.get("lr"),
            "loss": run.summary.get("loss"),
            "item_state": queued.state,
        }
    )
print(json.dumps(out))
