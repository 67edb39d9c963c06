#!/usr/bin/python3
"""Prototype (not the measured protocol): context features stacked on a scikit-learn TF-IDF + LR
first stage, own grouped folds (debates; random permutation, seed 13), ClaimBuster + CheckThat! 2019.
Usage: /usr/bin/python3 scripts/experiments/checkworthy_context_proto.py none nb nb,turn,q,spk,nbwin
Run from the repository root. The Java experiment (ClaimContextExperiment) is the measured one."""
import csv, json, sys, re, collections, zlib
import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, average_precision_score

import os
D=os.path.realpath('../shared/datasets')+'/'
ct=list(csv.DictReader(open(D+'checkthat-2019-2020/clef19/CT19-T1-Training.csv',encoding='utf-8')))
cb=json.load(open(D+'claimbuster-2class/train.json'))
rows=[]
for r in ct: rows.append(dict(text=r['text'],y=int(r['label']),src='ct',group=r['file_name'],speaker=r['speaker'].strip(),line=int(r['line_number'])))
for r in cb: rows.append(dict(text=r['text'],y=int(r['label']),src='cb',group='cb:'+r['text'].lower(),speaker=None,line=None))
n=len(rows); y=np.array([r['y'] for r in rows])
rng=np.random.RandomState(13)
groups=sorted(set(r['group'] for r in rows)); perm=rng.permutation(len(groups)); gf={g:perm[i]%5 for i,g in enumerate(groups)}
fold=np.array([gf[r['group']] for r in rows])
# context structure for ct rows (in file order)
prev=np.full(n,-1); nxt=np.full(n,-1)
for i in range(len(ct)-1):
    if rows[i]['group']==rows[i+1]['group']: nxt[i]=i+1; prev[i+1]=i
def stage1(tr, te):
    vec=TfidfVectorizer(ngram_range=(1,2),sublinear_tf=True)
    X=vec.fit_transform([rows[i]['text'] for i in tr])
    clf=LogisticRegression(C=1,class_weight='balanced',solver='liblinear').fit(X,y[tr])
    return clf.decision_function(vec.transform([rows[i]['text'] for i in te]))
MOD=set()
def ctx_feats(s, fams):
    # s: stage1 raw score per row (oof), returns feature matrix
    F=[]; names=[]
    def add(name,col): F.append(col); names.append(name)
    add('self',s)
    has=np.array([1.0 if r['src']=='ct' else 0.0 for r in rows])
    if 'nb' in fams:
        pv=np.where(prev>=0,s[np.maximum(prev,0)],0.0); nv=np.where(nxt>=0,s[np.maximum(nxt,0)],0.0)
        add('prev',pv); add('next',nv); add('hasprev',(prev>=0)*1.0); add('hasnext',(nxt>=0)*1.0)
    # turns
    sp=[r['speaker'] for r in rows]
    same_prev=np.array([1.0 if prev[i]>=0 and sp[prev[i]]==sp[i] else 0.0 for i in range(n)])
    same_next=np.array([1.0 if nxt[i]>=0 and sp[nxt[i]]==sp[i] else 0.0 for i in range(n)])
    # turn id
    turn=np.full(n,-1); pos=np.zeros(n); tlen=np.zeros(n); t=-1
    for i in range(n):
        if rows[i]['src']!='ct': continue
        if not same_prev[i]: t+=1
        turn[i]=t
    cnt=collections.Counter(turn[turn>=0]); 
    k=0
    for i in range(n):
        if turn[i]<0: continue
        pos[i]=0 if not same_prev[i] else pos[i-1]+1
        tlen[i]=cnt[turn[i]]
    if 'turn' in fams:
        add('first_in_turn',has*(1-same_prev)); add('last_in_turn',has*(1-same_next)); add('logtlen',has*np.log1p(tlen)); add('relpos',np.where(tlen>0,pos/np.maximum(tlen,1),0))
    if 'q' in fams:
        pq=np.array([1.0 if prev[i]>=0 and rows[prev[i]]['text'].strip().endswith('?') and sp[prev[i]]!=sp[i] else 0.0 for i in range(n)])
        add('after_other_question',pq)
        # turn follows a question (turn preceded by other speaker's turn containing '?')
    if 'spk' in fams:
        # speaker share in debate and speaker mean score in debate
        share=np.zeros(n); mean=np.zeros(n)
        bydeb=collections.defaultdict(list)
        for i in range(n):
            if rows[i]['src']=='ct': bydeb[rows[i]['group']].append(i)
        for g,ids in bydeb.items():
            c=collections.Counter(sp[i] for i in ids)
            ms=collections.defaultdict(list)
            for i in ids: ms[sp[i]].append(s[i])
            dm=np.mean([s[i] for i in ids])
            for i in ids: share[i]=c[sp[i]]/len(ids); mean[i]=np.mean(ms[sp[i]])-dm
        add('share',share); add('spkmean',mean)
        add('system',np.array([1.0 if (r['speaker'] or '') in ('SYSTEM','AUDIENCE','QUESTION') else 0.0 for r in rows]))
    if 'nbwin' in fams:
        # mean score of window +-2 in same turn
        w=np.zeros(n)
        for i in range(n):
            if turn[i]<0: continue
            ids=[j for j in range(i-2,i+3) if 0<=j<n and j!=i and turn[j]==turn[i]]
            w[i]=np.mean([s[j] for j in ids]) if ids else 0
        add('win',w)
    add('hasctx',has)
    return np.column_stack(F),names
def run(fams):
    out=np.zeros(n); base=np.zeros(n)
    for f in range(5):
        tr=np.where(fold!=f)[0]; te=np.where(fold==f)[0]
        # inner oof on tr
        oof=np.zeros(n); 
        inner=np.array([zlib.crc32(rows[i]['group'].encode())%5 for i in tr])
        for g in range(5):
            a=tr[inner!=g]; b=tr[inner==g]; oof[b]=stage1(a,b)
        oof[te]=stage1(tr,te)
        base[te]=oof[te]
        X,names=ctx_feats(oof,fams)
        best=None
        clf=LogisticRegression(C=1.0,class_weight='balanced',solver='liblinear').fit(X[tr],y[tr])
        out[te]=clf.decision_function(X[te])
        if f==0: print(dict(zip(names,np.round(clf.coef_[0],2))))
    for name,sc in (('base',base),('ctx',out)):
        m=np.array([r['src']=='ct' for r in rows]); c=~m
        g=np.array([r['group'] for r in rows])
        per=[roc_auc_score(y[m&(g==d)],sc[m&(g==d)]) for d in set(g[m])]
        print(fams,name,'CT auc %.4f ap %.4f meanauc %.4f | CB auc %.4f ap %.4f'%(roc_auc_score(y[m],sc[m]),average_precision_score(y[m],sc[m]),np.mean(per),roc_auc_score(y[c],sc[c]),average_precision_score(y[c],sc[c])))
    sys.stdout.flush()
for fams in sys.argv[1:]:
    run(fams.split(','))
