"""Logs rich media with the official W&B client for the media compat suite: images (a caption,
boxes, a mask, a list), histograms over steps, a table, a table of images and a plot. The same data is logged by
tests/compat/official/media_suite.ts with our SDK, so their history values can be compared.
Usage: log_media.py PROJECT RUN_ID. Prints one JSON line with the run's directory at the end."""
import json, sys
import numpy as np
import wandb

project, run_id = sys.argv[1], sys.argv[2]
run = wandb.init(project=project, id=run_id)
px = np.arange(4 * 3 * 3, dtype=np.uint8).reshape(4, 3, 3)
boxes = {"predictions": {"box_data": [{"position": {"minX": 0.1, "maxX": 0.5, "minY": 0.1, "maxY": 0.5},
                                       "class_id": 1, "box_caption": "a", "scores": {"acc": 0.5}}],
                         "class_labels": {1: "cat"}}}
masks = {"gt": {"mask_data": np.zeros((4, 3), dtype=np.uint8), "class_labels": {0: "bg"}}}
run.log({"img": wandb.Image(px, caption="cap", boxes=boxes, masks=masks),
         "imgs": [wandb.Image(px, caption="a"), wandb.Image(px * 2, caption="b")]})
for step in range(3):
    run.log({"hist": wandb.Histogram([1, 2, 3, 4, 5.5 + step]), "plain": wandb.Image(px + step)})
run.log({"tab": wandb.Table(columns=["a", "b", "c"], data=[[1, "x", True], [2.5, "y", False]])})
run.log({"itab": wandb.Table(columns=["i", "img"], data=[[1, wandb.Image(px, caption="c", boxes=boxes, masks=masks)], [2, None]])})
run.log({"line": wandb.plot.line(wandb.Table(data=[[1, 2], [2, 4]], columns=["x", "y"]), "x", "y", title="T")})
run.finish()
print(json.dumps({"dir": run.dir}))
