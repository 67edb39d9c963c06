#!/usr/bin/python3
"""Baselines for the check-worthy claim model on exactly the same outer folds.

Reads the folds written by
  ./veracity export checkworthy --datasets DIR --split folds --out FOLDS_DIR
(fold-K-train.jsonl / fold-K-test.jsonl with text, label, source, group) and, for each fold, trains
  * scikit-learn: TfidfVectorizer(word 1-2-grams, sublinear tf) + LogisticRegression(C=1,
    class_weight='balanced', liblinear), decision threshold 0.5;
  * fastText CLI: supervised, -wordNgrams 2 -epoch 25 -lr 0.5 -dim 50 -thread 1, threshold 0.5;
then reports per source the same metrics as `veracity train checkworthy --nested-cv`.
With --train FILE --test FILE it trains both on one JSON-lines file and scores another instead.

Run with Debian's Python (it has python3-sklearn): /usr/bin/python3 scripts/baselines/checkworthy.py FOLDS_DIR
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score


def read(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def sklearn_scores(train, test, seed):
    vec = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, lowercase=True)
    x = vec.fit_transform([r["text"] for r in train])
    y = np.array([int(r["label"]) for r in train])
    clf = LogisticRegression(C=1.0, class_weight="balanced", solver="liblinear", random_state=seed)
    clf.fit(x, y)
    return clf.predict_proba(vec.transform([r["text"] for r in test]))[:, 1]


def clean(text):
    return " ".join(text.replace("\n", " ").split()).lower()


def fasttext_scores(train, test, seed):
    with tempfile.TemporaryDirectory() as d:
        tr = os.path.join(d, "train.txt")
        te = os.path.join(d, "test.txt")
        with open(tr, "w", encoding="utf-8") as f:
            for r in train:
                f.write("__label__%d %s\n" % (int(r["label"]), clean(r["text"])))
        with open(te, "w", encoding="utf-8") as f:
            for r in test:
                f.write(clean(r["text"]) + "\n")
        model = os.path.join(d, "m")
        subprocess.run(["fasttext", "supervised", "-input", tr, "-output", model, "-wordNgrams", "2",
                        "-epoch", "25", "-lr", "0.5", "-dim", "50", "-thread", "1", "-seed", str(seed),
                        "-verbose", "0"], check=True, stdout=subprocess.DEVNULL)
        out = subprocess.run(["fasttext", "predict-prob", model + ".bin", te, "2"], check=True,
                             capture_output=True, text=True).stdout.splitlines()
    scores = []
    for line in out:
        parts = line.split()
        p1 = 0.0
        for i in range(0, len(parts) - 1, 2):
            if parts[i] == "__label__1":
                p1 = float(parts[i + 1])
        scores.append(min(max(p1, 0.0), 1.0))
    if len(scores) != len(test):
        raise SystemExit("fasttext returned %d predictions for %d lines" % (len(scores), len(test)))
    return np.array(scores)


def ece(p, y, bins=10):
    idx = np.minimum((p * bins).astype(int), bins - 1)
    total = 0.0
    for b in range(bins):
        m = idx == b
        if m.any():
            total += m.sum() / len(p) * abs(p[m].mean() - y[m].mean())
    return total


def prf(p, y, t=0.5):
    flag = p >= t
    tp = int((flag & (y == 1)).sum())
    prec = tp / flag.sum() if flag.sum() else 0.0
    rec = tp / (y == 1).sum() if (y == 1).sum() else float("nan")
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return prec, rec, f1


def metrics(p, y, groups, rng, resamples):
    out = {"n": int(len(y)), "positives": int(y.sum())}
    fns = {
        "precision": lambda p, y: prf(p, y)[0],
        "recall": lambda p, y: prf(p, y)[1],
        "f1": lambda p, y: prf(p, y)[2],
        "average_precision": lambda p, y: average_precision_score(y, p) if y.any() else float("nan"),
        "roc_auc": lambda p, y: roc_auc_score(y, p) if 0 < y.sum() < len(y) else float("nan"),
        "ece": ece,
    }
    draws = [rng.integers(0, len(y), len(y)) for _ in range(resamples)]
    for k, fn in fns.items():
        vals = [fn(p[d], y[d]) for d in draws]
        vals = [v for v in vals if v == v]
        out[k] = {"value": round(float(fn(p, y)), 4),
                  "ci95": [round(float(np.percentile(vals, 2.5)), 4), round(float(np.percentile(vals, 97.5)), 4)]}
    by = collections.defaultdict(list)
    for i, g in enumerate(groups):
        by[g].append(i)
    if 1 < len(by) <= 100:
        aps, aucs = [], []
        for g, idx in sorted(by.items()):
            gy, gp = y[idx], p[idx]
            if 0 < gy.sum() < len(gy):
                aps.append(average_precision_score(gy, gp))
                aucs.append(roc_auc_score(gy, gp))
        out["mean_group_average_precision"] = round(float(np.mean(aps)), 4)
        out["mean_group_roc_auc"] = round(float(np.mean(aucs)), 4)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("folds_dir", nargs="?")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--bootstrap", type=int, default=500)
    ap.add_argument("--methods", default="sklearn,fasttext")
    ap.add_argument("--train", help="train on this JSON-lines file and test on --test instead of folds")
    ap.add_argument("--test")
    args = ap.parse_args()
    results = {}
    if args.train:
        train, test = read(args.train), read(args.test)
        y = np.array([int(r["label"]) for r in test])
        for method in args.methods.split(","):
            fn = sklearn_scores if method == "sklearn" else fasttext_scores
            scores = fn(train, test, args.seed)
            results[method] = metrics(scores, y, ["all"] * len(y), np.random.default_rng(args.seed), args.bootstrap)
        print(json.dumps(results, indent=2))
        return
    for method in args.methods.split(","):
        fn = sklearn_scores if method == "sklearn" else fasttext_scores
        rows, scores = [], []
        for k in range(args.folds):
            train = read(os.path.join(args.folds_dir, "fold-%d-train.jsonl" % k))
            test = read(os.path.join(args.folds_dir, "fold-%d-test.jsonl" % k))
            scores.extend(fn(train, test, args.seed))
            rows.extend(test)
        scores = np.array(scores)
        per = {}
        for source in sorted({r["source"] for r in rows}):
            idx = [i for i, r in enumerate(rows) if r["source"] == source]
            y = np.array([int(rows[i]["label"]) for i in idx])
            groups = [rows[i]["group"] for i in idx]
            per[source] = metrics(scores[idx], y, groups, np.random.default_rng(args.seed), args.bootstrap)
        results[method] = per
        print(method, json.dumps(per, indent=1), file=sys.stderr)
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
