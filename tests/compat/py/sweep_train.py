"""A sweep's training program: reads its parameters from the run config the agent set (lr,
optional layers) and logs a loss the search can minimize, 3 steps."""
import wandb

run = wandb.init()
lr = float(run.config["lr"])
layers = int(run.config.get("layers", 1))
for step in range(3):
    loss = (lr - 0.01) ** 2 * 100 + layers * 0.1 + 1.0 / (step + 1)
    run.log({"loss": loss})
run.finish()
