"""Lists a sweep's runs with the official public API; prints JSON.

argv: SWEEP PATH (entity/project/id)
"""

import json
import sys

import wandb

sweep = wandb.Api().sweep(sys.argv[1])
print(
    json.dumps(
        {
            "state": sweep.state,
            "runs": [
                {"id": r.id, "state": r.state, "lr": r.config.get("lr"), "sweep": r.sweep.id}
                for r in sweep.runs
            ],
        }
    )
)
