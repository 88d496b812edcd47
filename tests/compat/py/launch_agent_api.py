"""Drives the official agent's side of the wire with the official client's LaunchApi (the calls
wandb's LaunchAgent makes: create_launch_agent, get_launch_agent, pop_from_run_queue,
ack_run_queue_item, fail_run_queue_item, update_run_queue_item_warning,
update_launch_agent_status); prints one JSON line.

usage: launch_agent_api.py ENTITY"""
import json, sys
from wandb.errors import CommError
from wandb.sdk.launch.api import LaunchApi

entity = sys.argv[1]
api = LaunchApi()
project = "model-registry"
# No queue yet: create_launch_agent makes `default` itself (wandb-core's createRunQueue).
agent = api.create_launch_agent(entity, project, ["default"], {"max_jobs": 2}, "0.30.0")
agent_id = agent["launchAgentId"]
read = api.get_launch_agent(agent_id)
api.update_launch_agent_status(agent_id, "POLLING")
empty = api.pop_from_run_queue("default", entity, project, agent_id)
api.push_to_run_queue("default", {"entity": entity, "project": "launched",
                                  "docker": {"docker_image": "python:3.12"}}, None, project)
api.push_to_run_queue("default", {"entity": entity, "project": "launched",
                                  "docker": {"docker_image": "bad:image"}}, None, project)
first = api.pop_from_run_queue("default", entity, project, agent_id)
acked = api.ack_run_queue_item(first["runQueueItemId"], "agentrun1")
try:
    api.ack_run_queue_item(first["runQueueItemId"], "agentrun1")
    second_ack = "accepted"
except CommError as e:
    second_ack = "refused: " + str(e)
bad = api.pop_from_run_queue("default", entity, project, agent_id)
warned = api.update_run_queue_item_warning(bad["runQueueItemId"], "pull is slow", "build", None)
failed = api.fail_run_queue_item(bad["runQueueItemId"], "image not found", "run", ["error.log"])
api.update_launch_agent_status(agent_id, "KILLED")
print(json.dumps({
    "agent_id": agent_id, "agent": read, "empty": empty,
    "first": first, "acked": acked, "second_ack": second_ack,
    "bad": bad["runQueueItemId"], "warned": warned, "failed": failed,
    "after": api.get_launch_agent(agent_id),
}))
