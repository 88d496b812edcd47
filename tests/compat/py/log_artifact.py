"""Logs a directory as an artifact with the official client and prints one JSON line with what
the client reports (name, version, digest, id).

usage: log_artifact.py PROJECT RUN_ID DATA_DIR NAME [ALIAS ...]"""
import json, sys
import wandb

project, run_id, data_dir, name, *aliases = sys.argv[1:]
run = wandb.init(project=project, id=run_id, config={"kind": "producer"})
art = wandb.Artifact(name, type="dataset", description="compat data", metadata={"rows": 3, "src": "compat"})
art.add_dir(data_dir)
logged = run.log_artifact(art, aliases=aliases)
logged.wait()
out = {"name": logged.name, "version": logged.version, "digest": logged.digest, "id": logged.id,
       "aliases": sorted(logged.aliases)}
run.finish()
print(json.dumps(out))
