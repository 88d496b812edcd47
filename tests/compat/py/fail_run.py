"""A run that fails with an exception, then is resumed (resume="must")."""
import sys
import wandb
project, run_id, phase = sys.argv[1], sys.argv[2], sys.argv[3]
if phase == "fail":
    run = wandb.init(project=project, id=run_id, config={"x": 1})
    run.log({"v": 1})
    raise RuntimeError("compat failure")
else:
    run = wandb.init(project=project, id=run_id, resume="must")
    run.log({"v": 2})
    run.finish()
