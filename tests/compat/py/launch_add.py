"""Enqueues launch specs with the official client's launch_add (wandb.sdk.launch) and creates a
prioritized queue with its public API; prints one JSON line describing what it got back.

usage: launch_add.py TARGET_PROJECT"""
import json, sys
import wandb
from wandb.sdk.launch import launch_add

project = sys.argv[1]
api = wandb.Api(timeout=30)
entity = api.default_entity

# 1. The `default` queue does not exist yet: the client's push must still land. (0.30 takes a
#    job or a docker_image as the source, no uri.)
first = launch_add(docker_image="python:3.12", project=project, entity=entity,
                   config={"overrides": {"run_config": {"lr": 0.1}}},
                   template_variables={"gpus": 2})
second = launch_add(docker_image="python:3.11", project=project, entity=entity,
                    entry_point=["python", "-c", "print(1)"])

# 2. A V0 queue with a default resource config (wandb-core's createDefaultResourceConfig and
#    createRunQueue), then a push with a priority.
queue = api.create_run_queue("prio", "local-process", entity=entity, prioritization_mode="V0",
                             config={"env": {"A": "{{a}}"}},
                             template_variables={"a": {"schema": {"type": "string"}}})
urgent = launch_add(docker_image="python:3.12-slim", project=project, entity=entity,
                    queue_name="prio", priority=0)
q = api.run_queue(entity, "prio")
q_items = [i.id for i in q.items]
q_meta = {"name": queue.name, "mode": q.prioritization_mode, "access": q.access, "type": q.type,
          "config": q.default_resource_config, "template_variables": q.template_variables,
          "items": q_items}

# 3. upsert_run_queue (wandb-core's upsertRunQueue): updates `prio`, makes `tmp`; then
#    RunQueue.delete (deleteRunQueues) removes `tmp`.
api.upsert_run_queue("prio", {"env": {"B": "2"}}, "local-container", entity=entity,
                     external_links={"docs": "https://example.com/docs"}, prioritization_mode="V0")
updated = api.run_queue(entity, "prio")
api.upsert_run_queue("tmp", {}, "kubernetes", entity=entity)
tmp = api.run_queue(entity, "tmp")
tmp_type = tmp.type
tmp.delete()
print(json.dumps({
    "entity": entity,
    "first": {"id": first.id, "state": first.state, "queue": first.queue_name},
    "second": {"id": second.id, "state": second.state},
    "urgent": {"id": urgent.id, "state": urgent.state, "priority": urgent.priority},
    "prio": q_meta,
    "upserted": {"type": updated.type, "config": updated.default_resource_config,
                 "links": updated.external_links, "mode": updated.prioritization_mode,
                 "items": [i.id for i in updated.items]},
    "tmp_type": tmp_type,
}))
