"""A run of the official client that makes a job (W&B 0.30 makes one only with job creation on:
WANDB_DISABLE_JOB_CREATION=false). With LOG_CODE set it logs its code first. Prints one JSON line
with the run id.

usage: job_train.py PROJECT"""
import json, os, sys
import wandb

run = wandb.init(project=sys.argv[1], config={"lr": 0.1, "layers": [64, 32], "opt": {"name": "adam"}})
if os.environ.get("LOG_CODE"):
    run.log_code(".")
run.log({"loss": 0.5})
run.finish()
print(json.dumps({"id": run.id}))
