"""Edits and lists artifacts with the official public API (wandb.Api) and prints one JSON line.

usage: api_artifact_edit.py ENTITY/PROJECT NAME"""
import json, sys
import wandb

path, name = sys.argv[1:]
entity, project = path.split("/")
api = wandb.Api(timeout=30)
out = {}
art = api.artifact(f"{path}/{name}:latest")
art.description = "edited"
art.metadata = {"rows": 4}
art.aliases.append("prod")
art.aliases.remove("best")
art.tags = ["t1"]
art.save()
again = api.artifact(f"{path}/{name}:prod")
out["edited"] = {"description": again.description, "metadata": again.metadata,
                 "aliases": sorted(again.aliases), "tags": sorted(again.tags), "version": again.version}
out["types"] = sorted(t.name for t in api.artifact_types(path))
out["collections"] = sorted(c.name for c in api.artifact_collections(path, "dataset"))
out["versions"] = sorted(a.version for a in api.artifacts("dataset", f"{path}/{name}"))
run = api.run(f"{path}/prod1")
out["logged"] = sorted(a.name for a in run.logged_artifacts())
cons = api.run(f"{path}/cons1")
out["used"] = sorted(a.name for a in cons.used_artifacts())
try:
    api.artifact(f"{path}/{name}:v1").delete()
    out["delete_aliased"] = "deleted"
except Exception as e:  # refused: v1 holds aliases
    out["delete_aliased"] = "refused"
api.artifact(f"{path}/{name}:v1").delete(delete_aliases=True)
out["versions_after"] = sorted(a.version for a in api.artifacts("dataset", f"{path}/{name}"))
print(json.dumps(out))
