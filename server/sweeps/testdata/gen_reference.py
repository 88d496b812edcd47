"""Generates reference.json from W&B's `sweeps` library (the reference implementation).

Usage (numpy, scipy, scikit-learn, jsonschema, pyyaml and pydantic installed; the library's
source at commit 5ddfda1, e.g. `git archive 5ddfda1 src/sweeps | tar x`):

    PYTHONPATH=<dir>/src python3 gen_reference.py > reference.json

Two shims let it run without `jsonref` and with pydantic 1.x; neither changes an algorithm.
"""
import copy
import json
import math
import sys
import types

import numpy as np


def _replace_refs(doc):
    # jsonref.JsonRef.replace_refs: refs become shared (possibly cyclic) objects.
    cache = {}

    def res(node):
        if isinstance(node, dict):
            if "$ref" in node and len(node) == 1:
                ref = node["$ref"]
                if ref in cache:
                    return cache[ref]
                t = doc
                for p in ref.lstrip("#/").split("/"):
                    t = t[p]
                if isinstance(t, dict):
                    out = {}
                    cache[ref] = out
                    out.update(res(t))
                    return out
                return res(t)
            return {k: res(v) for k, v in node.items()}
        if isinstance(node, list):
            return [res(x) for x in node]
        return node

    return res(copy.deepcopy(doc))


sys.modules["jsonref"] = types.SimpleNamespace(
    JsonRef=types.SimpleNamespace(replace_refs=_replace_refs)
)
import pydantic  # noqa: E402

if not hasattr(pydantic, "AliasChoices"):
    pydantic.AliasChoices = lambda *a: None

from sweeps import SweepRun, stop_runs  # noqa: E402
from sweeps import bayes_search  # noqa: E402
from sweeps.config.cfg import schema_violations_from_proposed_config  # noqa: E402
from sweeps.config.schema import fill_parameter  # noqa: E402
from sweeps.grid_search import grid_search_next_runs  # noqa: E402
from sweeps.params import HyperParameter, HyperParameterSet  # noqa: E402


def clean(v):
    if isinstance(v, (np.floating, float)):
        f = float(v)
        return None if math.isnan(f) else (str(f) if math.isinf(f) else f)
    if isinstance(v, np.integer):
        return int(v)
    if isinstance(v, np.ndarray):
        return [clean(x) for x in v.tolist()]
    if isinstance(v, dict):
        return {k: clean(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [clean(x) for x in v]
    return v


U = [0.001, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99]
DISTS = {
    "categorical": {"values": ["a", "b", "c"]},
    "categorical_w_probabilities": {"values": ["a", "b", "c"], "probabilities": [0.2, 0.5, 0.3]},
    "int_uniform": {"min": 2, "max": 6},
    "uniform": {"min": -1.5, "max": 3.0},
    "q_uniform": {"distribution": "q_uniform", "min": 0.0, "max": 1.0, "q": 0.25},
    "log_uniform": {"distribution": "log_uniform", "min": -5.0, "max": 0.0},
    "log_uniform_values": {"distribution": "log_uniform_values", "min": 0.0001, "max": 0.1},
    "inv_log_uniform": {"distribution": "inv_log_uniform", "min": 0.0, "max": 3.0},
    "inv_log_uniform_values": {"distribution": "inv_log_uniform_values", "min": 0.01, "max": 1.0},
    "q_log_uniform": {"distribution": "q_log_uniform", "min": 0.0, "max": 5.0, "q": 2.0},
    "q_log_uniform_values": {"distribution": "q_log_uniform_values", "min": 1.0, "max": 1000.0, "q": 10.0},
    "normal": {"distribution": "normal", "mu": 1.0, "sigma": 2.0},
    "q_normal": {"distribution": "q_normal", "mu": 0.0, "sigma": 10.0, "q": 3.0},
    "log_normal": {"distribution": "log_normal", "mu": 0.5, "sigma": 0.7},
    "q_log_normal": {"distribution": "q_log_normal", "mu": 2.0, "sigma": 0.5, "q": 1.0},
    "beta": {"distribution": "beta", "a": 2.0, "b": 5.0},
    "q_beta": {"distribution": "q_beta", "a": 0.5, "b": 0.5, "q": 0.1},
}
CDF_X = {
    "categorical": [0, 1, 2],
    "categorical_w_probabilities": [0, 1, 2],
    "int_uniform": [2, 3, 5, 6],
    "uniform": [-1.5, 0.0, 2.0],
    "q_uniform": [0.25, 0.5],
    "log_uniform": [0.01, 0.5],
    "log_uniform_values": [0.001, 0.05],
    "inv_log_uniform": [0.1, 0.9],
    "inv_log_uniform_values": [0.02, 0.5],
    "q_log_uniform": [2.0, 20.0],
    "q_log_uniform_values": [10.0, 500.0],
    "normal": [-1.0, 1.0, 4.0],
    "q_normal": [-3.0, 6.0],
    "log_normal": [0.5, 2.0],
    "q_log_normal": [5.0, 10.0],
    "beta": [0.1, 0.3, 0.8],
    "q_beta": [0.1, 0.9],
}

out = {"distributions": {}, "validation": [], "grid": None, "hyperband": [], "gp_data": None, "ei": []}
for name, spec in DISTS.items():
    hp = HyperParameter("p", spec)
    out["distributions"][name] = {
        "spec": json.dumps(spec),
        "type": hp.type,
        "filled": clean(hp.config),
        "ppf": [clean(hp.ppf(u)) for u in U],
        "u": U,
        "cdf_x": CDF_X[name],
        "cdf": [clean(hp.cdf(x)) for x in CDF_X[name]],
    }

# Schema matching of parameter specs (which distribution, or malformed) and violations.
SPECS = [
    {"min": 1, "max": 10},
    {"min": 1.0, "max": 10},
    {"min": 1, "max": 10.5},
    {"min": 0.1, "max": 1.0},
    {"distribution": "uniform", "min": 1, "max": 3},
    {"distribution": "int_uniform", "min": 1, "max": 3},
    {"distribution": "uniform", "min": 0.1},
    {"distribution": "normal"},
    {"distribution": "normal", "sigma": -1},
    {"distribution": "q_uniform", "min": 0, "max": 10},
    {"distribution": "log_uniform_values", "min": 0, "max": 1},
    {"distribution": "log_uniform_values", "min": 0.1, "max": 1},
    {"distribution": "beta"},
    {"distribution": "q_beta", "q": 2},
    {"values": [1, 2], "extra": 1},
    {"values": []},
    {"value": None},
    {"value": 3, "distribution": "constant"},
    {"values": [1, 2], "probabilities": [0.5, 0.5]},
    {"distribution": "weibull", "k": 2},
    {"min": 5, "max": 1},
    {"values": [1, 2], "probabilities": [0.3, 0.3]},
    {"values": [1, 2, 3], "probabilities": [0.5, 0.5]},
    {"distribution": "log_uniform", "min": -3, "max": 0},
    {"distribution": "inv_log_uniform", "min": 0, "max": 3},
    {"distribution": "q_log_uniform", "min": 0, "max": 3},
]
for spec in SPECS:
    try:
        r = fill_parameter("p", copy.deepcopy(spec))
        matched = None if r is None else r[0]
        filled = None if r is None else clean(r[1])
    except Exception as e:  # noqa: BLE001
        matched, filled = "error: " + str(e), None
    violations = schema_violations_from_proposed_config(
        {"method": "random", "parameters": {"p": copy.deepcopy(spec)}}
    )
    out["validation"].append({
        "spec": json.dumps(spec), "matched": matched, "filled": filled, "violations": violations,
    })

# Top-level violations.
TOP = [
    {"method": "sobol", "parameters": {"a": {"values": [1]}}},
    {"parameters": {"a": {"values": [1]}}},
    {"method": "grid", "parameters": {"a": {"values": [1]}}, "extra": 1},
    {"method": "grid", "parameters": {}},
    {"method": "grid", "parameters": {"a": {"values": [1]}}, "run_cap": 0},
    {"method": "grid", "parameters": {"a": {"values": [1]}}, "metric": {"name": "l", "goal": "up"}},
    {"method": "grid", "parameters": {"a": {"values": [1]}}, "controller": {"type": "remote"}},
]
out["top"] = [{"config": json.dumps(c), "violations": schema_violations_from_proposed_config(c)} for c in TOP]

# Grid: the full enumeration order.
GRID = {
    "method": "grid",
    "parameters": {
        "z": {"values": ["a", "b"]},
        "b": {"min": 1, "max": 3},
        "k": {"value": 7},
        "q": {"distribution": "q_uniform", "min": 0.0, "max": 0.3, "q": 0.1},
        "opt": {"parameters": {"lr": {"values": [0.1, 0.01]}, "name": {"value": "adam"}}},
    },
}
grid = grid_search_next_runs([], GRID, n=1000)
out["grid"] = {"config": json.dumps(GRID), "runs": [clean(r.config) for r in grid if r is not None]}

# Hyperband.
HB_RUNS = [
    ("good", "finished", [5, 1, 0.5, 0.4, 0.3]),
    ("ok", "finished", [5, 2, 1, 0.9, 0.8]),
    ("meh", "finished", [5, 3, 2, 1.9, 1.8]),
    ("bad", "running", [0.1, 4]),
    ("fine", "running", [5, 1.5, 9]),
    ("young", "running", [100]),
    ("late", "running", [3, 3, 3, 3, 3]),
    ("late_ok", "running", [9, 9, 0.1, 0.2, 0.2]),
]
for et in [
    {"type": "hyperband", "min_iter": 2, "eta": 3},
    {"type": "hyperband", "min_iter": 2, "eta": 3, "strict": False},
    {"type": "hyperband", "max_iter": 9, "s": 2, "eta": 3},
    {"type": "hyperband", "min_iter": 1, "eta": 2},
]:
    for goal in ["minimize", "maximize"]:
        cfg = {"method": "random", "metric": {"name": "loss", "goal": goal}, "early_terminate": et,
               "parameters": {"a": {"values": [1]}}}
        runs = [SweepRun(name=n, state=s, history=[{"loss": v} for v in h]) for n, s, h in HB_RUNS]
        stopped = [r.name for r in stop_runs(cfg, runs)]
        out["hyperband"].append({"early_terminate": et, "goal": goal, "stop": stopped})
out["hyperband_runs"] = HB_RUNS

# Bayes training data.
BAYES = {
    "method": "bayes",
    "metric": {"name": "loss", "goal": "minimize", "impute": "worst"},
    "parameters": {
        "c": {"values": ["a", "b", "c", "d"]},
        "x": {"min": 0.0, "max": 10.0},
        "n": {"min": 1, "max": 8},
        "o": {"parameters": {"lr": {"distribution": "log_uniform_values", "min": 0.001, "max": 1.0}}},
    },
}
BAYES_RUNS = [
    ("f1", "finished", {"c": "b", "x": 5.0, "n": 3, "o": {"lr": 0.01}}, {"loss": 2.0}, [{"loss": 7.0}, {"loss": 1.5}]),
    ("f2", "finished", {"c": "d", "x": 2.5, "n": 8, "o": {"lr": 0.5}}, {"loss": 4.0}, []),
    ("fail", "failed", {"c": "a", "x": 1.0, "n": 1, "o": {"lr": 0.002}}, {}, [{"loss": 3.0}]),
    ("nan", "finished", {"c": "c", "x": 9.0, "n": 2, "o": {"lr": 0.1}}, {"loss": float("nan")}, []),
    ("crash", "crashed", {"x": 0.0, "n": 4, "o": {"lr": 0.3}}, {}, []),
    ("run", "running", {"c": "c", "x": 7.5, "n": 5, "o": {"lr": 0.05}}, {"loss": 0.1}, []),
    ("pend", "pending", {"c": "a", "x": 10.0, "n": 6, "o": {"lr": 0.9}}, {}, []),
]


def to_runs(rows):
    return [
        SweepRun(name=n, state=s, config={k: {"value": v} for k, v in c.items()}, summary_metrics=sm, history=h)
        for n, s, c, sm, h in rows
    ]


gp = []
for metric in [
    {"name": "loss", "goal": "minimize", "impute": "worst"},
    {"name": "loss", "goal": "minimize", "impute": "latest"},
    {"name": "loss", "goal": "minimize", "impute": "best", "impute_while_running": "best"},
    {"name": "loss", "goal": "maximize", "impute": "worst"},
]:
    cfg = dict(BAYES, metric=metric)
    params, X, cur, y, _ = bayes_search._construct_gp_data(to_runs(BAYES_RUNS), cfg)
    gp.append({"metric": metric, "x": clean(np.asarray(X)), "y": clean(y), "current": clean(np.asarray(cur))})
out["gp_data"] = {"config": json.dumps(BAYES), "runs": clean(BAYES_RUNS), "cases": gp}

# Expected improvement on fixed candidates (test_X given: no randomness but sklearn's seeded restarts).
rng = np.random.RandomState(0)
for d, n, m in [(1, 6, 0), (2, 12, 0), (3, 20, 3), (2, 8, 0)]:
    X = rng.uniform(size=(n, d))
    if d == 1:
        y = (X[:, 0] - 0.3) ** 2
    elif d == 2 and n == 8:
        y = np.full(n, 1.0)  # constant targets: a degenerate fit
    else:
        y = np.sin(5 * X[:, 0]) + np.cos(3 * X[:, 1]) + (X[:, 2] if d > 2 else 0)
    cur = rng.uniform(size=(m, d)) if m else None
    test = rng.uniform(size=(200, d))
    Xf, yf = bayes_search.filter_nans(X, y)
    gpr, y_mean, y_std = bayes_search.train_gaussian_process(Xf, yf, None, cur, 1.5, 100)
    mu, cov = gpr.predict(test, return_cov=True)
    sd = np.sqrt(np.diag(cov))
    ymin = (np.min(yf) - y_mean) / y_std
    z = -(mu - ymin) / (sd + 1e-6)
    from scipy import stats
    ei = -(mu - ymin) * stats.norm.cdf(z) + sd * stats.norm.pdf(z)
    out["ei"].append({
        "x": clean(X), "y": clean(y), "current": clean(cur) if cur is not None else [], "candidates": clean(test),
        "length_scale": float(gpr.kernel_.length_scale), "ei": clean(ei), "argmax": int(np.argmax(ei)),
        "mean": clean(mu), "std": clean(sd),
    })

json.dump(out, sys.stdout, allow_nan=False)
