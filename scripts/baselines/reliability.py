#!/usr/bin/python3
"""Baselines for the reliability models on exactly the same splits as the Java evaluation.

Reads the files written by
  ./veracity export reliability --datasets DIR --out SPLITS_DIR
(JSON lines with id, title, text, label reliable|unreliable, group, fold5) and, per task, trains
  * sklearn-lr: TfidfVectorizer(word 1-2-grams, sublinear tf) + LogisticRegression(C=1,
    class_weight='balanced', liblinear);
  * sklearn-svm: the same features + LinearSVC(C=1, class_weight='balanced') wrapped in
    CalibratedClassifierCV(sigmoid, 5-fold) for probabilities;
  * fasttext: CLI supervised, -wordNgrams 2 -epoch 25 -lr 0.5 -dim 50 -thread 1;
all deciding at probability 0.5. Tasks:
  constraint  train constraint-train.jsonl, test constraint-val.jsonl
  liar        train liar-train.jsonl, test liar-valid.jsonl
  buzzfeed-lopo    buzzfeed-webis.jsonl, one fold per portal (field group)
  buzzfeed-random  buzzfeed-webis.jsonl, folds from field fold5
  cross-articles   articles.jsonl, one fold per corpus (the part of group before '|'): train on
                   the other corpora, test on one; metrics per held-out corpus
  cross-pooled5    pooled5.jsonl (articles + constraint-train + liar-train), the same
  liar6       LIAR's six ratings (field original_label) from the text: train liar-train.jsonl,
              test liar-valid.jsonl; the same three methods as multi-class classifiers (LR
              one-vs-rest, LinearSVC without calibration, fastText), accuracy and macro-F1
Prints one JSON object: task -> method -> metrics (point values; label 1 = unreliable).

Run with Debian's Python (it has python3-sklearn):
  /usr/bin/python3 scripts/baselines/reliability.py SPLITS_DIR [--tasks constraint,liar,...]
"""
import argparse
import json
import os
import subprocess
import tempfile

import numpy as np
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, f1_score, roc_auc_score
from sklearn.svm import LinearSVC


def read(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def text_of(r):
    t = r.get("title")
    return (t + "\n\n" + r["text"]) if t else r["text"]


def label_of(r):
    return 1 if r["label"] == "unreliable" else 0


def sklearn_scores(train, test, seed, svm=False):
    vec = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, lowercase=True)
    x = vec.fit_transform([text_of(r) for r in train])
    y = np.array([label_of(r) for r in train])
    if svm:
        clf = CalibratedClassifierCV(LinearSVC(C=1.0, class_weight="balanced", random_state=seed),
                                     method="sigmoid", cv=5)
    else:
        clf = LogisticRegression(C=1.0, class_weight="balanced", solver="liblinear",
                                 random_state=seed)
    clf.fit(x, y)
    return clf.predict_proba(vec.transform([text_of(r) for r in test]))[:, 1]


def clean(text):
    return " ".join(text.replace("\n", " ").split()).lower()


def fasttext_scores(train, test, seed):
    with tempfile.TemporaryDirectory() as d:
        tr = os.path.join(d, "train.txt")
        te = os.path.join(d, "test.txt")
        with open(tr, "w", encoding="utf-8") as f:
            for r in train:
                f.write("__label__%d %s\n" % (label_of(r), clean(text_of(r))))
        with open(te, "w", encoding="utf-8") as f:
            for r in test:
                f.write(clean(text_of(r)) + "\n")
        model = os.path.join(d, "m")
        subprocess.run(["fasttext", "supervised", "-input", tr, "-output", model, "-wordNgrams", "2",
                        "-epoch", "25", "-lr", "0.5", "-dim", "50", "-thread", "1", "-seed", str(seed),
                        "-verbose", "0"], check=True, stdout=subprocess.DEVNULL)
        out = subprocess.run(["fasttext", "predict-prob", model + ".bin", te, "2"], check=True,
                             capture_output=True, text=True).stdout
    scores = []
    for line in out.splitlines():
        parts = line.split()
        probs = {parts[i]: float(parts[i + 1]) for i in range(0, len(parts), 2)}
        scores.append(probs.get("__label__1", 1.0 - probs.get("__label__0", 0.0)))
    if len(scores) != len(test):
        raise SystemExit("fasttext returned %d predictions for %d lines" % (len(scores), len(test)))
    return np.array(scores)


def six_way(train, test, method, seed):
    """Predicted original_label of each test row (LIAR's six ratings)."""
    ytr = [r["original_label"] for r in train]
    if method == "fasttext":
        with tempfile.TemporaryDirectory() as d:
            tr = os.path.join(d, "train.txt")
            te = os.path.join(d, "test.txt")
            with open(tr, "w", encoding="utf-8") as f:
                for r, c in zip(train, ytr):
                    f.write("__label__%s %s\n" % (c, clean(text_of(r))))
            with open(te, "w", encoding="utf-8") as f:
                for r in test:
                    f.write(clean(text_of(r)) + "\n")
            model = os.path.join(d, "m")
            subprocess.run(["fasttext", "supervised", "-input", tr, "-output", model,
                            "-wordNgrams", "2", "-epoch", "25", "-lr", "0.5", "-dim", "50",
                            "-thread", "1", "-seed", str(seed), "-verbose", "0"], check=True,
                           stdout=subprocess.DEVNULL)
            out = subprocess.run(["fasttext", "predict", model + ".bin", te], check=True,
                                 capture_output=True, text=True).stdout
        return [line.strip()[len("__label__"):] for line in out.splitlines()]
    vec = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, lowercase=True)
    x = vec.fit_transform([text_of(r) for r in train])
    if method == "sklearn-svm":
        clf = LinearSVC(C=1.0, random_state=seed)
    else:
        clf = LogisticRegression(C=1.0, solver="liblinear", random_state=seed)
    clf.fit(x, ytr)
    return list(clf.predict(vec.transform([text_of(r) for r in test])))


def ece(p, y, bins=10):
    idx = np.minimum((p * bins).astype(int), bins - 1)
    total = 0.0
    for b in range(bins):
        m = idx == b
        if m.any():
            total += m.sum() / len(p) * abs(p[m].mean() - y[m].mean())
    return total


def metrics(p, y):
    pred = (p >= 0.5).astype(int)
    return {
        "n": int(len(y)),
        "accuracy": round(float((pred == y).mean()), 4),
        "macro_f1": round(float(f1_score(y, pred, average="macro")), 4),
        "weighted_f1": round(float(f1_score(y, pred, average="weighted")), 4),
        "f1_unreliable": round(float(f1_score(y, pred)), 4),
        "roc_auc": round(float(roc_auc_score(y, p)), 4),
        "average_precision": round(float(average_precision_score(y, p)), 4),
        "ece": round(float(ece(p, y)), 4),
        "brier": round(float(((p - y) ** 2).mean()), 4),
    }


METHODS = {
    "sklearn-lr": lambda tr, te, s: sklearn_scores(tr, te, s),
    "sklearn-svm": lambda tr, te, s: sklearn_scores(tr, te, s, svm=True),
    "fasttext": fasttext_scores,
}


def cross_validated(rows, field, method, seed):
    folds = sorted({r[field] for r in rows})
    p = np.zeros(len(rows))
    for f in folds:
        test_idx = [i for i, r in enumerate(rows) if r[field] == f]
        train = [r for r in rows if r[field] != f]
        p[test_idx] = METHODS[method](train, [rows[i] for i in test_idx], seed)
    return p


def corpus_of(r):
    return r["group"].split("|", 1)[0]


def cross_corpus(rows, method, seed):
    corpora = sorted({corpus_of(r) for r in rows})
    out = {}
    for c in corpora:
        test = [r for r in rows if corpus_of(r) == c]
        train = [r for r in rows if corpus_of(r) != c]
        p = METHODS[method](train, test, seed)
        out[c] = metrics(p, np.array([label_of(r) for r in test]))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("splits")
    ap.add_argument("--tasks", default="constraint,liar,buzzfeed-lopo,buzzfeed-random")
    ap.add_argument("--methods", default="sklearn-lr,sklearn-svm,fasttext")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--predictions-dir",
                    help="also write liar6 predictions to DIR/liar6-METHOD.jsonl, one JSON line per"
                         " item as evaluate truthfulness --predictions writes them")
    a = ap.parse_args()
    result = {}
    for task in a.tasks.split(","):
        result[task] = {}
        for method in a.methods.split(","):
            if task.startswith("cross-"):
                name = {"cross-articles": "articles", "cross-pooled5": "pooled5"}[task]
                rows = read(os.path.join(a.splits, name + ".jsonl"))
                result[task][method] = cross_corpus(rows, method, a.seed)
                continue
            if task == "liar6":
                train = read(os.path.join(a.splits, "liar-train.jsonl"))
                test = read(os.path.join(a.splits, "liar-valid.jsonl"))
                pred = six_way(train, test, method, a.seed)
                truth = [r["original_label"] for r in test]
                if a.predictions_dir:
                    os.makedirs(a.predictions_dir, exist_ok=True)
                    path = os.path.join(a.predictions_dir, "liar6-%s.jsonl" % method)
                    with open(path, "w", encoding="utf-8") as f:
                        for i, (t, p) in enumerate(zip(truth, pred)):
                            f.write(json.dumps({"index": i, "label": t, "predicted": p}) + "\n")
                result[task][method] = {
                    "n": len(truth),
                    "accuracy": round(float(np.mean([p == t for p, t in zip(pred, truth)])), 4),
                    "macro_f1": round(float(f1_score(truth, pred, average="macro")), 4),
                }
                continue
            if task in ("constraint", "liar"):
                names = {"constraint": ("constraint-train", "constraint-val"),
                         "liar": ("liar-train", "liar-valid")}[task]
                train = read(os.path.join(a.splits, names[0] + ".jsonl"))
                test = read(os.path.join(a.splits, names[1] + ".jsonl"))
                p = METHODS[method](train, test, a.seed)
                y = np.array([label_of(r) for r in test])
            else:
                rows = read(os.path.join(a.splits, "buzzfeed-webis.jsonl"))
                field = "group" if task == "buzzfeed-lopo" else "fold5"
                p = cross_validated(rows, field, method, a.seed)
                y = np.array([label_of(r) for r in rows])
            result[task][method] = metrics(p, y)
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
