#!/usr/bin/python3
"""CONSTRAINT val weighted-F1 of scikit-learn LR and LinearSVC over TF-IDF word and char n-gram
families, C grid; trained on constraint-train.jsonl (export reliability splits in /tmp/rel/splits).
Run: /usr/bin/python3 scripts/experiments/constraint_grid.py
"""
import json, sys, numpy as np, scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer, HashingVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.svm import LinearSVC
from sklearn.metrics import f1_score
def read(p): return [json.loads(l) for l in open(p)]
tr=read('/tmp/rel/splits/constraint-train.jsonl'); va=read('/tmp/rel/splits/constraint-val.jsonl')
t=lambda r:(r.get('title') or '')+' '+r['text']
ytr=np.array([r['label']=='unreliable' for r in tr],int); yva=np.array([r['label']=='unreliable' for r in va],int)
def run(name, vecs, Cs=(1,4,16,64,256)):
    Xtr=sp.hstack([v.fit_transform([t(r) for r in tr]) for v in vecs]).tocsr()
    Xva=sp.hstack([v.transform([t(r) for r in va]) for v in vecs]).tocsr()
    for C in Cs:
        m=LogisticRegression(C=C,solver='liblinear',class_weight='balanced').fit(Xtr,ytr)
        p=m.predict(Xva); print(name,'LR C',C,round(f1_score(yva,p,average='weighted'),4),flush=True)
        m=LinearSVC(C=C/16,class_weight='balanced').fit(Xtr,ytr)
        p=m.predict(Xva); print(name,'SVM C',C/16,round(f1_score(yva,p,average='weighted'),4),flush=True)
w=lambda: TfidfVectorizer(ngram_range=(1,2),sublinear_tf=True)
c=lambda a,b: TfidfVectorizer(analyzer='char_wb',ngram_range=(a,b),sublinear_tf=True,min_df=2)
wl=lambda: TfidfVectorizer(ngram_range=(1,2),sublinear_tf=True,lowercase=False)
run('w12',[w()])
run('w12+c25',[w(),c(2,5)])
run('w12+c36',[w(),c(3,6)])
run('w12nolower+c25',[wl(),c(2,5)])
run('w13+c15',[TfidfVectorizer(ngram_range=(1,3),sublinear_tf=True),c(1,5)])
