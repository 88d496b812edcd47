"""Logs a run with the official W&B client, touching every run-logging feature the compat
suite checks: config, history (nested, a histogram and an image), summary, define_metric, wandb.save, tag/notes/name
edits, alert and mark_preempting. Prints one JSON line with the run's path at the end."""
import json, os, sys
import wandb

project = sys.argv[1]
run_id = sys.argv[2]
work = os.getcwd()
with open(os.path.join(work, "saved.txt"), "w") as f:
    f.write("saved by wandb.save\n")

run = wandb.init(project=project, id=run_id, config={"lr": 0.01, "layers": [64, 32], "opt": {"name": "adam"}},
                 tags=["compat", "py"], notes="first notes", group="g1", job_type="train")
run.define_metric("epoch")
run.define_metric("val/*", step_metric="epoch", summary="max")
run.define_metric("loss", summary="min,last")
for step in range(10):
    run.log({"loss": 1.0 / (step + 1), "acc": step / 10, "nested": {"a": step}})
    if step % 3 == 0:
        run.log({"epoch": step // 3, "val/acc": 0.5 + step / 100}, commit=False)
run.log({"hist": wandb.Histogram([1, 2, 2, 3, 3, 3])})
import numpy as np
run.log({"img": wandb.Image(np.zeros((8, 8, 3), dtype=np.uint8), caption="zeros")})
run.config.update({"batch": 32})
run.summary["best"] = 0.9
wandb.save(os.path.join(work, "saved.txt"), base_path=work, policy="now")
run.tags = run.tags + ("edited",)
run.notes = "edited notes"
run.name = "compat-run-renamed"
run.alert(title="compat alert", text="alert text", level=wandb.AlertLevel.WARN)
run.mark_preempting()
print("hello from stdout")
run.finish()
print(json.dumps({"path": f"{run.entity}/{run.project}/{run.id}"}))
