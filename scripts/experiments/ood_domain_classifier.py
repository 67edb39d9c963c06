#!/usr/bin/python3
"""Would a domain classifier flag a held-out corpus as out of domain?

For each corpus of pooled5.jsonl held out in turn: a TF-IDF (word 1-2-grams + char_wb 2-4) logistic
regression is trained to tell the other corpora (80% of them, seed 1) from a fixed pool of outside
text that never contains a reliability corpus (clickbait and non-clickbait headlines, ClaimBuster
debate sentences, YouTube comments, Snopes claim titles; 80%). A text is "out of domain" when its
probability of being in-domain is below the 5th percentile of the in-domain calibration part
(10% of the other corpora). Prints the flagged share of the in-domain test part (10%), of the
outside pool's test part (20%) and of the held-out corpus.
Run: /usr/bin/python3 scripts/experiments/ood_domain_classifier.py SPLITS_DIR DATASETS_DIR
"""
import csv, glob, gzip, json, os, random, sys
import numpy as np, scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

splits = sys.argv[1] if len(sys.argv) > 1 else "/tmp/rel/splits"
data = sys.argv[2] if len(sys.argv) > 2 else "/work/wt/shared/datasets"
rows = [json.loads(l) for l in open(os.path.join(splits, "pooled5.jsonl"))]
text = lambda r: ((r.get("title") or "") + " " + r["text"]).strip()
corpus = lambda r: r["group"].split("|")[0]
outside = []
for f in ("clickbait_data.gz", "non_clickbait_data.gz"):
    outside += [l.strip() for l in gzip.open(os.path.join(data, "clickbait-chakraborty", f), "rt", encoding="utf-8") if l.strip()]
outside += [d["text"] for d in json.load(open(os.path.join(data, "claimbuster-2class", "train.json")))]
for f in glob.glob(os.path.join(data, "youtube-spam", "*.csv")):
    with open(f, encoding="utf-8", errors="replace") as h:
        outside += [r["CONTENT"] for r in csv.DictReader(h) if r.get("CONTENT")]
random.seed(1)
random.shuffle(outside)
cut = int(0.8 * len(outside))
out_fit, out_test = outside[:cut], outside[cut:]
print("outside pool", len(outside))
for held in sorted({corpus(r) for r in rows}):
    ind = [text(r) for r in rows if corpus(r) != held]
    random.shuffle(ind)
    a, b = int(0.8 * len(ind)), int(0.9 * len(ind))
    fit, cal, test = ind[:a], ind[a:b], ind[b:]
    vs = [TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2, max_features=200000),
          TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), sublinear_tf=True, min_df=2, max_features=200000)]
    X = sp.hstack([v.fit_transform(fit + out_fit) for v in vs]).tocsr()
    y = np.array([1] * len(fit) + [0] * len(out_fit))
    m = LogisticRegression(C=4, solver="liblinear", class_weight="balanced").fit(X, y)
    p = lambda t: m.predict_proba(sp.hstack([v.transform(t) for v in vs]).tocsr())[:, 1]
    t = np.percentile(p(cal), 5)
    h = [text(r) for r in rows if corpus(r) == held]
    print("%-22s flagged: in-domain test %.3f, outside test %.3f, held-out %.3f (n=%d)" % (
        held, (p(test) < t).mean(), (p(out_test) < t).mean(), (p(h) < t).mean(), len(h)), flush=True)
