#!/usr/bin/env python3
"""Paired comparison of two `evaluate truthfulness --predictions` files on the same data.

Prints each run's accuracy, the difference B - A with a paired bootstrap 95% interval (items
resampled together, so both runs see the same resample) and McNemar's exact two-sided p-value on
the items exactly one run gets right.

    python3 scripts/experiments/paired_accuracy.py A.jsonl B.jsonl [--resamples 10000] [--seed 1]
"""
import argparse
import json
import math

import numpy as np


def read(path):
    with open(path, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    return [r["label"] for r in rows], [r["predicted"] for r in rows]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("a")
    ap.add_argument("b")
    ap.add_argument("--resamples", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    la, pa = read(args.a)
    lb, pb = read(args.b)
    if la != lb:
        raise SystemExit("the two files do not hold the same items in the same order")
    hit_a = np.array([p == t for p, t in zip(pa, la)], dtype=float)
    hit_b = np.array([p == t for p, t in zip(pb, lb)], dtype=float)
    n = len(la)
    rng = np.random.default_rng(args.seed)
    idx = rng.integers(0, n, size=(args.resamples, n))
    diffs = hit_b[idx].mean(axis=1) - hit_a[idx].mean(axis=1)
    only_a = int(((hit_a == 1) & (hit_b == 0)).sum())
    only_b = int(((hit_a == 0) & (hit_b == 1)).sum())
    k, m = min(only_a, only_b), only_a + only_b
    p = min(1.0, 2 * sum(math.comb(m, i) for i in range(k + 1)) / 2**m) if m else 1.0
    print(json.dumps({
        "n": n,
        "accuracy_a": round(hit_a.mean(), 4),
        "accuracy_b": round(hit_b.mean(), 4),
        "difference_b_minus_a": round(hit_b.mean() - hit_a.mean(), 4),
        "difference_ci95": [round(float(np.percentile(diffs, 2.5)), 4),
                            round(float(np.percentile(diffs, 97.5)), 4)],
        "only_a_right": only_a,
        "only_b_right": only_b,
        "mcnemar_exact_p": round(p, 4),
        "agreement": round(float(np.mean([x == y for x, y in zip(pa, pb)])), 4),
    }, indent=2))


if __name__ == "__main__":
    main()
