#!/usr/bin/python3
"""Do character n-grams matter to the domain classifier? The LIAR-held-out fold of
ood_domain_classifier.py (same data, pool, 80/10/10 split rule and model; its own seed) with word 1-2-grams only and with
word 1-2-grams + char_wb 2-4-grams.
Run: /usr/bin/python3 scripts/experiments/ood_domain_chargrams.py SPLITS_DIR DATASETS_DIR
"""
import os
# Everything of ood_domain_classifier.py up to its loop over held-out corpora: data and pool.
_here = os.path.dirname(os.path.abspath(__file__))
exec(open(os.path.join(_here, "ood_domain_classifier.py")).read().split('print("outside pool"')[0])
print("outside pool", len(outside))
for variant in ("words", "words+char"):
    held = "liar"
    ind = [text(r) for r in rows if corpus(r) != held]
    random.seed(1); random.shuffle(ind)
    a, b = int(0.8 * len(ind)), int(0.9 * len(ind))
    fit, cal, test = ind[:a], ind[a:b], ind[b:]
    vs = [TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2, max_features=200000)]
    if variant != "words":
        vs.append(TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), sublinear_tf=True, min_df=2, max_features=200000))
    X = sp.hstack([v.fit_transform(fit + out_fit) for v in vs]).tocsr()
    y = np.array([1] * len(fit) + [0] * len(out_fit))
    m = LogisticRegression(C=4, solver="liblinear", class_weight="balanced").fit(X, y)
    p = lambda t: m.predict_proba(sp.hstack([v.transform(t) for v in vs]).tocsr())[:, 1]
    t = np.percentile(p(cal), 5)
    h = [text(r) for r in rows if corpus(r) == held]
    print("%-12s flagged: in-domain test %.3f, outside test %.3f, held-out liar %.3f" % (variant, (p(test) < t).mean(), (p(out_test) < t).mean(), (p(h) < t).mean()), flush=True)
