"""Plays the run a launch agent starts: wandb.init with the id the agent acked, one log, finish.

usage: launched_run.py PROJECT RUN_ID"""
import json, sys
import wandb

project, run_id = sys.argv[1:]
run = wandb.init(project=project, id=run_id, config={"lr": 0.1})
run.log({"loss": 0.5})
run.finish()
print(json.dumps({"id": run_id}))
