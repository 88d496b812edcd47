"""Creates a sweep with the official wandb.sweep and enqueues one of its runs with launch_add
(sweep_id and the chosen value in overrides.run_config, as W&B's launch sweep scheduler does);
prints the sweep id and the item id as JSON.

argv: JOB (entity/project/name:alias), PROJECT, LR
"""

import json
import sys

import wandb
from wandb.sdk.launch import launch_add

job, project, lr = sys.argv[1], sys.argv[2], float(sys.argv[3])
sweep_id = wandb.sweep(
    {"method": "grid", "parameters": {"lr": {"values": [lr, lr * 2]}}},
    project=project,
    entity="local",
)
queued = launch_add(
    job=job,
    queue_name="default",
    resource="local-process",
    project=project,
    entity="local",
    sweep_id=sweep_id,
    config={"overrides": {"run_config": {"lr": lr}}},
)
print(json.dumps({"sweep": sweep_id, "id": queued.id}))
