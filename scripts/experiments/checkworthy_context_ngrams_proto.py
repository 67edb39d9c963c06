#!/usr/bin/python3
"""Prototype: neighbour sentences as extra TF-IDF blocks (weight W) in a scikit-learn first stage.
Arguments W:CT_ONLY:C:WINDOW, e.g. 0:0:1:1 0.5:0:1:1 1:0:1:1 0.5:0:1:2 0:1:1:1. Run from the repository root."""
exec(open(__file__.replace('checkworthy_context_ngrams_proto.py','checkworthy_context_proto.py')).read().split('def run(fams)')[0].replace("for fams in sys.argv[1:]","if 0"))
import scipy.sparse as sp_
texts=[r['text'] for r in rows]
def ctxtext(idx): return [texts[j] if j>=0 else '' for j in idx]
def eval_(name,sc):
    m=np.array([r['src']=='ct' for r in rows]); c=~m
    g=np.array([r['group'] for r in rows])
    per=[roc_auc_score(y[m&(g==d)],sc[m&(g==d)]) for d in set(g[m])]
    print(name,'CT auc %.4f ap %.4f meanauc %.4f | CB auc %.4f ap %.4f'%(roc_auc_score(y[m],sc[m]),average_precision_score(y[m],sc[m]),np.mean(per),roc_auc_score(y[c],sc[c]),average_precision_score(y[c],sc[c])),flush=True)
def variant(w_nb, ctonly=False, C=1.0, win=1):
    out=np.zeros(n)
    for f in range(5):
        tr=np.where(fold!=f)[0]; te=np.where(fold==f)[0]
        if ctonly: tr=tr[[rows[i]['src']=='ct' for i in tr]]
        vec=TfidfVectorizer(ngram_range=(1,2),sublinear_tf=True,min_df=1)
        vec.fit([texts[i] for i in tr])
        def X(idx):
            B=[vec.transform([texts[i] for i in idx])]
            if w_nb>0:
                P=np.zeros(len(idx),dtype=object)
                for k in range(1,win+1):
                    pk=[i for i in idx]
                    pi=[]; ni=[]
                    for i in idx:
                        p=i; q=i
                        for _ in range(k):
                            p=prev[p] if p>=0 else -1
                            q=nxt[q] if q>=0 else -1
                        pi.append(p); ni.append(q)
                    B.append(w_nb*vec.transform(ctxtext(pi))); B.append(w_nb*vec.transform(ctxtext(ni)))
            return sp_.hstack(B).tocsr()
        clf=LogisticRegression(C=C,class_weight='balanced',solver='liblinear').fit(X(tr),y[tr])
        out[te]=clf.decision_function(X(te))
    return out
import itertools
for a in sys.argv[1:]:
    w,ct_,C,win=a.split(':'); s=variant(float(w),ct_=='1',float(C),int(win)); eval_(a,s)
