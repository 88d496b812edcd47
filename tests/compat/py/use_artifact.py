"""Uses an artifact in a new run with the official client, downloads it and prints one JSON line
with the downloaded files and their bytes (hex md5).

usage: use_artifact.py PROJECT RUN_ID NAME:ALIAS ROOT"""
import hashlib, json, os, sys
import wandb

project, run_id, ref, root = sys.argv[1:]
run = wandb.init(project=project, id=run_id, config={"kind": "consumer"})
art = run.use_artifact(ref)
path = art.download(root=root)
files = {}
for d, _, names in os.walk(path):
    for n in names:
        p = os.path.join(d, n)
        files[os.path.relpath(p, path)] = hashlib.md5(open(p, "rb").read()).hexdigest()
out = {"name": art.name, "version": art.version, "files": files, "aliases": sorted(art.aliases)}
run.finish()
print(json.dumps(out))
