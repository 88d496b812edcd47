"""Enqueues a job with the official client's launch_add; prints the item id and state as JSON.

argv: JOB (entity/project/name:alias), PROJECT, LR
"""

import json
import sys

from wandb.sdk.launch import launch_add

job, project, lr = sys.argv[1], sys.argv[2], float(sys.argv[3])
queued = launch_add(
    job=job,
    queue_name="default",
    resource="local-process",
    project=project,
    entity="local",
    config={"overrides": {"run_config": {"lr": lr}}},
)
print(json.dumps({"id": queued.id, "state": queued.state, "queue": queued.queue_name}))
