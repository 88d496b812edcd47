"""The code of the job the official launch agent runs in the compat suite: logs one row with the
run_config the queued item set, and prints what the agent gave it."""
import os, wandb

run = wandb.init()
run.log({"loss": 0.25, "lr": run.config.get("lr", -1)})
print("LAUNCHED", os.environ.get("WANDB_LAUNCH"), os.environ.get("WANDB_LAUNCH_TRACE_ID"))
run.finish()
