#!/usr/bin/python3
"""CONSTRAINT val weighted-F1 of NB-SVM style features (Wang & Manning 2012): binarised word 1-3 and
char_wb 1-5 n-grams (min_df 2) scaled by the log-count ratio r = log((p/|p|1) / (q/|q|1)) with
alpha = 1, then LR (liblinear, balanced) or LinearSVC; C chosen by 5-fold CV of CONSTRAINT train
(weighted-F1), the val number is reported for every C so the grid can be read too.
Run: /usr/bin/python3 scripts/experiments/constraint_nbsvm.py [SPLITS_DIR]
"""
import json, sys, numpy as np, scipy.sparse as sp
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.svm import LinearSVC
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold
d = sys.argv[1] if len(sys.argv) > 1 else '/tmp/rel/splits'
def read(p): return [json.loads(l) for l in open(p)]
tr = read(d + '/constraint-train.jsonl'); va = read(d + '/constraint-val.jsonl')
t = lambda r: (r.get('title') or '') + ' ' + r['text']
ytr = np.array([r['label'] == 'unreliable' for r in tr], int)
yva = np.array([r['label'] == 'unreliable' for r in va], int)
def vecs():
    return [CountVectorizer(ngram_range=(1, 3), binary=True, min_df=2),
            CountVectorizer(analyzer='char_wb', ngram_range=(1, 5), binary=True, min_df=2)]
def features(train_texts, y, test_texts):
    vs = vecs()
    A = sp.hstack([v.fit_transform(train_texts) for v in vs]).tocsr().astype(float)
    B = sp.hstack([v.transform(test_texts) for v in vs]).tocsr().astype(float)
    p = 1 + A[y == 1].sum(0); q = 1 + A[y == 0].sum(0)
    r = np.asarray(np.log((p / p.sum()) / (q / q.sum()))).ravel()
    R = sp.diags(r)
    return A @ R, B @ R
def model(kind, C):
    return (LogisticRegression(C=C, solver='liblinear', class_weight='balanced') if kind == 'LR'
            else LinearSVC(C=C, class_weight='balanced'))
grid = {'LR': (0.1, 0.3, 1, 3), 'SVM': (0.01, 0.03, 0.1, 0.3)}
texts = [t(r) for r in tr]
folds = list(StratifiedKFold(5, shuffle=True, random_state=13).split(texts, ytr))
cv = {}
for f, (a, b) in enumerate(folds):
    A, B = features([texts[i] for i in a], ytr[a], [texts[i] for i in b])
    for kind, Cs in grid.items():
        for C in Cs:
            p = model(kind, C).fit(A, ytr[a]).predict(B)
            cv.setdefault((kind, C), []).append(f1_score(ytr[b], p, average='weighted'))
A, B = features(texts, ytr, [t(r) for r in va])
for kind, Cs in grid.items():
    best = max(Cs, key=lambda C: np.mean(cv[(kind, C)]))
    for C in Cs:
        p = model(kind, C).fit(A, ytr).predict(B)
        print(kind, 'C', C, 'cv', round(np.mean(cv[(kind, C)]), 4),
              'val', round(f1_score(yva, p, average='weighted'), 4),
              '(chosen by CV)' if C == best else '', flush=True)
