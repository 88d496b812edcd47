"""Reads jobs with the official public API (`wandb.Api().job(path)`) and prints one JSON line:
per path, the job's source info, entrypoint, input/output types (as its TypeRegistry reads them
back), requirements file, and for an artifact job the code artifact its source id resolves to.

usage: read_job.py PATH..."""
import json, os, sys
import wandb
from wandb.sdk.artifacts.artifact import Artifact

api = wandb.Api()
out = {}
for path in sys.argv[1:]:
    job = api.job(path, path=os.path.join(os.getcwd(), "jobs", path.replace("/", "_")))
    info = job._job_info
    entry = {
        "name": job.name,
        "type": job._job_artifact.type,
        "source_type": info["source_type"],
        "source": info["source"],
        "entrypoint": job._entrypoint,
        "runtime": info.get("runtime"),
        "input_types": job._input_types.to_json(),
        "output_types": job._output_types.to_json(),
        "requirements": os.path.exists(job._requirements_file),
    }
    if info["source_type"] == "artifact":
        code = job._get_code_artifact(info["source"]["artifact"])
        entry["code"] = {"name": code.name, "type": code.type, "files": sorted(code.manifest.entries)}
    out[path] = entry
print(json.dumps(out))
