#!/usr/bin/python3
"""Probe (scikit-learn, not the measured Java protocol): sentence-encoder vectors as the only
features of the check-worthiness sentence model, on the Java protocol's rows and outer folds
(ClaimBuster + CheckThat! 2019, exported by dev.veracity.bench.ClaimRowsExport), with an optional
second stage over the speaker features of ClaimContextExperiment (speaker share, speaker mean
score minus the debate's) fitted on inner out-of-fold scores, as in Java.

Usage, from the repository root (vector caches written by dev.veracity.bench.ClaimVectorCache):
  /usr/bin/python3 scripts/experiments/checkworthy_encoders_probe.py ROWS.tsv CACHE_DIR ENCODERS HEAD WEIGHTS
  ENCODERS  comma-separated cache names, CACHE_DIR/NAME.bin each (e.g. minilm,bge,e5); several
            are concatenated, each scaled by 1/sqrt(k)
  HEAD      lr:C (L2 logistic regression) or mlp:H:ALPHA (one hidden layer of H units, positives
            repeated to balance the classes, early stopping on 10 % of the training part)
  WEIGHTS   bal (classes balanced over all rows), srcbal (balanced within each corpus),
            srcbal*W (then CheckThat! rows times W), or nested:A,B,... (chosen per outer fold by
            the inner folds' CheckThat! ROC AUC)
Prints pooled and mean per-debate ROC AUC and pooled AP on the held-out debates, and ClaimBuster
ROC AUC, for the sentence model and with the speaker stage."""
import struct, sys
from collections import defaultdict
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.neural_network import MLPClassifier
from sklearn.metrics import roc_auc_score, average_precision_score


def read_cache(path):
    """FileCachedEncoder's format: count, dimension, then per text its UTF-8 bytes and floats."""
    d = {}
    with open(path, 'rb') as f:
        count, dim = struct.unpack('>ii', f.read(8))
        for _ in range(count):
            (n,) = struct.unpack('>i', f.read(4))
            t = f.read(n).decode('utf-8')
            d[t] = np.frombuffer(f.read(4 * dim), dtype='>f4').astype(np.float32)
    return d


rows_file, cache_dir, encoders, head, scheme = sys.argv[1:6]
rows = [l.rstrip('\n').split('\t') for l in open(rows_file, encoding='utf-8')]
spk = [r[0] for r in rows]
fold = np.array([int(r[1]) for r in rows])
y = np.array([int(r[2]) for r in rows])
src = np.array([r[3] for r in rows])
grp = np.array([r[4] for r in rows])
texts = [r[5] for r in rows]
names = encoders.split(',')
caches = [read_cache(f'{cache_dir}/{n}.bin') for n in names]
X = np.hstack([np.stack([c[t] for t in texts]) / np.sqrt(len(names)) for c in caches])
ct = src == 'checkthat2019'
cb = ~ct
n = len(y)
choices = scheme.split(':', 1)[1].split(',') if scheme.startswith('nested:') else [scheme]


def weights(tr, sc):
    if sc == 'bal':
        return None
    w = np.ones(n)
    for part in (ct, cb):
        m = tr & part
        p = y[m].sum()
        w[m & (y == 1)] = m.sum() / (2 * p)
        w[m & (y == 0)] = m.sum() / (2 * (m.sum() - p))
    if sc.startswith('srcbal*'):
        w[ct] *= float(sc.split('*')[1])
    return w[tr]


def fit_score(tr, te, sc):
    if head.startswith('lr:'):
        sw = weights(tr, sc)
        m = LogisticRegression(C=float(head[3:]), class_weight='balanced' if sw is None else None,
                               max_iter=3000)
        m.fit(X[tr], y[tr], sample_weight=sw)
        return m.decision_function(X[te])
    _, h, alpha = head.split(':')
    idx = np.where(tr)[0]
    pos = idx[y[idx] == 1]
    rep = max(0, int(round((len(idx) - len(pos)) / len(pos))) - 1)
    idx = np.concatenate([idx] + [pos] * rep)
    m = MLPClassifier(hidden_layer_sizes=(int(h),), alpha=float(alpha), early_stopping=True,
                      validation_fraction=0.1, max_iter=100, random_state=13, batch_size=256,
                      n_iter_no_change=5)
    m.fit(X[idx], y[idx])
    p = np.clip(m.predict_proba(X[te])[:, 1], 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


def speaker_features(s):
    f = np.zeros((n, 3))
    for g in set(grp[ct]):
        idx = np.where(ct & (grp == g))[0]
        mean = s[idx].mean()
        by = defaultdict(list)
        for i in idx:
            by[spk[i]].append(i)
        for ii in by.values():
            f[ii, 0] = len(ii) / len(idx)
            f[ii, 1] = s[ii].mean() - mean
        f[idx, 2] = 1
    return f


stage1 = np.zeros(n)
final = np.zeros(n)
chosen = []
for k in range(5):
    tr = fold != k
    te = fold == k
    inner = {}
    for sc in choices:
        a = np.zeros(n)
        for j in range(5):
            if j != k:
                a[fold == j] = fit_score(tr & (fold != j), fold == j, sc)
        inner[sc] = a
    m = tr & ct
    best = max(choices, key=lambda sc: roc_auc_score(y[m], inner[sc][m]))
    chosen.append(best)
    stage1[te] = fit_score(tr, te, best)
    s = np.where(te, stage1, inner[best])
    F = np.column_stack([s, speaker_features(s)])
    mu, sd = F[tr].mean(0), F[tr].std(0) + 1e-9
    second = LogisticRegression(C=1.0, class_weight='balanced', max_iter=1000)
    second.fit((F[tr] - mu) / sd, y[tr])
    final[te] = second.decision_function((F[te] - mu) / sd)


def report(name, s):
    per = [roc_auc_score(y[ct & (grp == g)], s[ct & (grp == g)]) for g in sorted(set(grp[ct]))]
    print(f'{encoders} {head} {scheme} {name}: CheckThat! ROC AUC {roc_auc_score(y[ct], s[ct]):.4f}'
          f' AP {average_precision_score(y[ct], s[ct]):.4f} mean per debate {np.mean(per):.4f}'
          f' (>= 0.85: {sum(p >= 0.85 for p in per)} of {len(per)})'
          f' | ClaimBuster ROC AUC {roc_auc_score(y[cb], s[cb]):.4f}', flush=True)


print('weights chosen per outer fold:', chosen)
report('sentence model', stage1)
report('+ speaker stage', final)
