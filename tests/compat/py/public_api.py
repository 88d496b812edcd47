"""Drives the official public API (wandb.Api) over a project logged by log_run.py and prints
one JSON object with what it read, for the compat suite to check."""
import json, os, sys, tempfile
import wandb

path, project = sys.argv[1], sys.argv[2]
entity = path.split("/")[0]
api = wandb.Api(timeout=30)


def plain(v):
    """A summary value as plain JSON (nested summaries are the public API's own dict type)."""
    return {k: plain(x) for k, x in v.items()} if hasattr(v, "items") else v


out = {}
out["viewer"] = api.viewer.username
out["default_entity"] = api.default_entity
out["projects"] = sorted(p.name for p in api.projects(entity))
p = api.project(project, entity=entity)
out["project"] = p.name
runs = api.runs(f"{entity}/{project}", filters={"config.lr": 0.01}, order="-created_at")
out["len_runs"] = len(runs)
out["runs"] = [r.id for r in runs]
out["runs_newest_first"] = out["runs"]
out["runs_filtered_none"] = [r.id for r in api.runs(f"{entity}/{project}", filters={"config.lr": 0.5})]
out["runs_by_name"] = [r.id for r in api.runs(
    f"{entity}/{project}",
    filters={"$and": [{"name": "run1"}, {"summary_metrics.best": {"$gt": 0.5}}, {"tags": {"$in": ["edited"]}}]},
    order="+summary_metrics.best")]
run = api.run(path)
out["run"] = {
    "config": run.config, "summary_best": run.summary.get("best"), "state": run.state,
    "name": run.name, "tags": sorted(run.tags), "created_at": run.created_at,
    "notes": run.notes, "id": run.id, "path": "/".join(run.path), "group": run.group,
    "job_type": run.job_type, "summary_loss": plain(run.summary.get("loss")),
}
out["history_keys"] = sorted(run.history_keys["keys"].keys())
out["history"] = run.history(samples=500, keys=["loss"], pandas=False)
out["scan_history"] = [row["loss"] for row in run.scan_history(keys=["loss"], page_size=3)]
out["scan_history_all"] = len(list(run.scan_history()))
out["files"] = sorted(f.name for f in run.files())
d = tempfile.mkdtemp()
f = run.file("saved.txt").download(root=d, replace=True)
f.close()
out["downloaded"] = open(os.path.join(d, "saved.txt")).read()
run.summary.update({"api_set": 42})
run.tags = run.tags + ["api-tag"]
run.update()
run2 = api.run(path)
out["after_update"] = {"api_set": run2.summary.get("api_set"), "tags": sorted(run2.tags)}
out["reports"] = len(api.reports(f"{entity}/{project}"))
out["logged_artifacts"] = len(list(run.logged_artifacts()))
out["used_artifacts"] = len(list(run.used_artifacts()))
if len(sys.argv) > 3:  # a run to delete
    api.run(sys.argv[3]).delete()
    out["deleted"] = sys.argv[3]
print(json.dumps(out, default=str))
