"""Follows queued runs with the official public API (api.queued_run / QueuedRun): prints the
state of each item, waits until RUN_ITEM is running and finished, then deletes DELETE_ITEM;
prints one JSON line.

usage: queued_run.py ENTITY PROJECT QUEUE RUN_ITEM DELETE_ITEM"""
import json, sys
import wandb

entity, project, queue, run_item, delete_item = sys.argv[1:]
api = wandb.Api(timeout=30)
qr = api.queued_run(entity, project, queue, run_item, project_queue="model-registry")
before = qr.state
run = qr.wait_until_running()
finished = qr.wait_until_finished()
doomed = api.queued_run(entity, project, queue, delete_item, project_queue="model-registry")
doomed_state = doomed.state
doomed.delete()
print(json.dumps({
    "state_before": before, "run_id": run.id, "run_project": run.project,
    "finished_state": finished.state, "state_after": qr.state, "deleted_state": doomed_state,
}))
