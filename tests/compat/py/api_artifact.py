"""Reads an artifact back with the official public API (wandb.Api) and prints one JSON line.

usage: api_artifact.py ENTITY/PROJECT/NAME:ALIAS ROOT"""
import hashlib, json, os, sys
import wandb

ref, root = sys.argv[1:]
api = wandb.Api(timeout=30)
art = api.artifact(ref)
out = {
    "name": art.name, "version": art.version, "aliases": sorted(art.aliases), "type": art.type,
    "description": art.description, "metadata": art.metadata, "digest": art.digest,
    "state": art.state, "file_count": art.file_count,
    "files": sorted((f.name, f.size) for f in art.files()),
    "manifest": sorted(art.manifest.entries.keys()),
    "logged_by": art.logged_by().id if art.logged_by() else None,
    "used_by": sorted(r.id for r in art.used_by()),
}
path = art.download(root=root)
out["downloaded"] = {
    os.path.relpath(os.path.join(d, n), path): hashlib.md5(open(os.path.join(d, n), "rb").read()).hexdigest()
    for d, _, names in os.walk(path) for n in names
}
print(json.dumps(out))
