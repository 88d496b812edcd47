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
out["newest_first"] = [a.version for a in api.artifacts("dataset", f"{path}/{name}")]
out["oldest_first"] = [a.version for a in api.artifacts("dataset", f"{path}/{name}", order="+createdAt")]
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
# The collection: description and tags edited with save().
col = api.artifact_collection("dataset", f"{path}/{name}")
col.description = "the data"
col.tags = ["gold", "two words"]
col.save()
col = api.artifact_collection("dataset", f"{path}/{name}")
out["collection"] = {"description": col.description, "tags": sorted(col.tags)}
col.tags = ["gold"]
col.save()
out["collection_tags_after"] = sorted(api.artifact_collection("dataset", f"{path}/{name}").tags)
# Link v0 into a portfolio, read it through the portfolio, then unlink it.
api.artifact(f"{path}/{name}:v0").link(f"{path}/reg", aliases=["staging"])
linked = api.artifact(f"{path}/reg:staging")
out["linked"] = {"version": linked.version, "aliases": sorted(linked.aliases),
                 "is_link": linked.is_link, "source": linked.source_name}
linked.unlink()
try:
    api.artifact(f"{path}/reg:staging")
    out["unlinked"] = False
except Exception:
    out["unlinked"] = True
out["source_after_unlink"] = api.artifact(f"{path}/{name}:v0").version
print(json.dumps(out))
