#!/usr/bin/python3
"""Cross-corpus probe: word n-grams with and without punctuation tokens, and the average of the two
models' log-odds, for each article corpus held out. Run: cross_corpus_punctuation_probe.py [SPLITS_DIR]"""
import json, sys, numpy as np, scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
d=sys.argv[1] if len(sys.argv)>1 else '/tmp/rel/splits'
rows=[json.loads(l) for l in open(d+'/articles.jsonl')]
text=[((r.get('title') or '')+'\n\n'+r['text']) for r in rows]
y=np.array([r['label']=='unreliable' for r in rows],int)
corpus=np.array([r['group'].split('|')[0] for r in rows])
W=r"(?u)\b\w+\b"; P=r"(?u)\b\w+\b|[^\w\s]"; PO=r"[^\w\s]"
for held in sorted(set(corpus)):
    tr=np.where(corpus!=held)[0]; te=np.where(corpus==held)[0]
    T=[text[i] for i in tr]; E=[text[i] for i in te]
    def fit(tp,ng=(1,2)):
        v=TfidfVectorizer(ngram_range=ng,sublinear_tf=True,use_idf=False,token_pattern=tp)
        return v.fit_transform(T), v.transform(E)
    Aw,Bw=fit(W); Ap,Bp=fit(P); Ao,Bo=fit(PO,(1,1))
    def lr(A,B,C=1):
        return LogisticRegression(C=C,solver='liblinear',class_weight='balanced').fit(A,y[tr]).decision_function(B)
    sw=lr(Aw,Bw); spn=lr(Ap,Bp)
    res={'words':roc_auc_score(y[te],sw),'words+punct':roc_auc_score(y[te],spn),
         'avg':roc_auc_score(y[te],sw+spn)}
    for a in (0.25,0.5):
        res['words+punctuni*%s'%a]=roc_auc_score(y[te],lr(sp.hstack([Aw,a*Ao]).tocsr(),sp.hstack([Bw,a*Bo]).tocsr()))
    print(held,{k:round(v,4) for k,v in res.items()},flush=True)
