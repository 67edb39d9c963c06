#!/usr/bin/python3
"""Baselines for the comment-spam model on exactly the same leave-one-video-out splits.

Reads the splits written by
  ./veracity export spam --datasets DIR --out SPLITS_DIR
(loo-VIDEO-train.jsonl / loo-VIDEO-test.jsonl with text, label, source, group = video) and, for each
held-out video, trains
  * scikit-learn TF-IDF (word 1-2-grams, sublinear tf, lower-cased) + LogisticRegression(C=1,
    class_weight='balanced', liblinear), decision threshold 0.5;
  * the same TF-IDF + LinearSVC(C=1, class_weight='balanced'), decision value >= 0;
  * fastText CLI: supervised, -wordNgrams 2 -epoch 25 -lr 0.5 -dim 50 -thread 1, threshold 0.5;
then prints per video accuracy, spam F1 and macro-F1 (also on the texts that occur in no other
video), and their means, as JSON
(the same numbers as `veracity train spam --leave-one-video-out`).
With --errors it also prints the comments a method gets wrong.

Run with Debian's Python (it has python3-sklearn): /usr/bin/python3 scripts/baselines/spam.py SPLITS_DIR
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score
from sklearn.svm import LinearSVC


def read(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def labels(rows):
    return np.array([int(r["label"]) for r in rows])


def tfidf(train, test):
    vec = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, lowercase=True)
    return vec.fit_transform([r["text"] for r in train]), vec.transform([r["text"] for r in test])


def lr_flags(train, test, seed):
    x, xt = tfidf(train, test)
    clf = LogisticRegression(C=1.0, class_weight="balanced", solver="liblinear", random_state=seed)
    clf.fit(x, labels(train))
    return clf.predict_proba(xt)[:, 1] >= 0.5


def svc_flags(train, test, seed):
    x, xt = tfidf(train, test)
    clf = LinearSVC(C=1.0, class_weight="balanced", random_state=seed)
    clf.fit(x, labels(train))
    return clf.decision_function(xt) >= 0


def clean(text):
    return " ".join(text.replace("\n", " ").split()).lower()


def fasttext_flags(train, test, seed):
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
        scores.append(p1)
    if len(scores) != len(test):
        raise SystemExit("fasttext returned %d predictions for %d lines" % (len(scores), len(test)))
    return np.array(scores) >= 0.5


METHODS = {"sklearn_lr": lr_flags, "sklearn_linearsvc": svc_flags, "fasttext": fasttext_flags}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("splits_dir")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--methods", default=",".join(METHODS))
    ap.add_argument("--errors", action="store_true", help="print misclassified comments to stderr")
    args = ap.parse_args()
    videos = sorted(re.match(r"loo-(.+)-test\.jsonl", os.path.basename(p)).group(1)
                    for p in glob.glob(os.path.join(args.splits_dir, "loo-*-test.jsonl")))
    if not videos:
        raise SystemExit("no loo-*-test.jsonl files in " + args.splits_dir)
    def norm(t):
        return " ".join(t.lower().split())

    videos_of = {}
    for video in videos:
        for r in read(os.path.join(args.splits_dir, "loo-%s-test.jsonl" % video)):
            videos_of.setdefault(norm(r["text"]), set()).add(video)
    results = {}
    for method in args.methods.split(","):
        per = {}
        for video in videos:
            train = read(os.path.join(args.splits_dir, "loo-%s-train.jsonl" % video))
            test = read(os.path.join(args.splits_dir, "loo-%s-test.jsonl" % video))
            flags = METHODS[method](train, test, args.seed).astype(int)
            y = labels(test)
            per[video] = {"n": len(y), "accuracy": round(float(accuracy_score(y, flags)), 4),
                          "f1": round(float(f1_score(y, flags)), 4),
                          "macro_f1": round(float(f1_score(y, flags, average="macro")), 4)}
            # Texts that occur in no training video (spam campaigns repeat across videos).
            unseen = np.array([len(videos_of[norm(r["text"])]) == 1 for r in test])
            per[video]["unseen_text_n"] = int(unseen.sum())
            per[video]["unseen_text_macro_f1"] = round(float(f1_score(y[unseen], flags[unseen], average="macro")), 4)
            if args.errors:
                for r, f in zip(test, flags):
                    if f != int(r["label"]):
                        print("%s %s label=%s %r" % (method, video, r["label"], r["text"][:160]), file=sys.stderr)
        results[method] = {
            "videos": per,
            "mean_accuracy": round(float(np.mean([v["accuracy"] for v in per.values()])), 4),
            "mean_f1": round(float(np.mean([v["f1"] for v in per.values()])), 4),
            "mean_macro_f1": round(float(np.mean([v["macro_f1"] for v in per.values()])), 4),
            "min_macro_f1": round(float(min(v["macro_f1"] for v in per.values())), 4),
            "mean_unseen_text_macro_f1": round(float(np.mean([v["unseen_text_macro_f1"] for v in per.values()])), 4),
        }
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
