#!/usr/bin/python3
"""Does pooling LIAR with CONSTRAINT in one statements model hurt CONSTRAINT?

TF-IDF word 1-2-grams + char_wb 2-5-grams, LogisticRegression(liblinear, balanced) trained on
CONSTRAINT train + LIAR train (pooled) or on LIAR alone, scored on the validation splits written
by `./veracity export reliability`. Run: /usr/bin/python3 scripts/experiments/short_text_pooling.py
(expects the splits in /tmp/rel/splits; pass another directory as the first argument).
"""
import sys
import json, numpy as np, scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, accuracy_score, roc_auc_score
def read(p): return [json.loads(l) for l in open(p)]
S=(sys.argv[1] if len(sys.argv) > 1 else '/tmp/rel/splits').rstrip('/') + '/'
ctr=read(S+'constraint-train.jsonl'); cva=read(S+'constraint-val.jsonl'); ltr=read(S+'liar-train.jsonl'); lva=read(S+'liar-valid.jsonl')
t=lambda r:(r.get('title') or '')+' '+r['text']
y=lambda rs:np.array([r['label']=='unreliable' for r in rs],int)
def vecs(): return [TfidfVectorizer(ngram_range=(1,2),sublinear_tf=True), TfidfVectorizer(analyzer='char_wb',ngram_range=(2,5),sublinear_tf=True,min_df=2)]
def X(vs,rs,fit=False): return sp.hstack([(v.fit_transform if fit else v.transform)([t(r) for r in rs]) for v in vs]).tocsr()
tr=ctr+ltr; vs=vecs(); Xtr=X(vs,tr,True); Xc=X(vs,cva); Xl=X(vs,lva)
for C in (1,4,16,64):
    m=LogisticRegression(C=C,solver='liblinear',class_weight='balanced').fit(Xtr,y(tr))
    print('pooled C',C,'constraint wF1',round(f1_score(y(cva),m.predict(Xc),average='weighted'),4),'liar acc',round(accuracy_score(y(lva),m.predict(Xl)),4),'liar auc',round(roc_auc_score(y(lva),m.decision_function(Xl)),4),flush=True)
vs=vecs(); Xtr=X(vs,ltr,True); Xl=X(vs,lva)
for C in (0.25,1,4):
    m=LogisticRegression(C=C,solver='liblinear',class_weight='balanced').fit(Xtr,y(ltr))
    print('liar-only C',C,'liar acc',round(accuracy_score(y(lva),m.predict(Xl)),4),'auc',round(roc_auc_score(y(lva),m.decision_function(Xl)),4),flush=True)
