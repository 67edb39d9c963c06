#!/usr/bin/env python3
"""Weak supervision probe: LIAR statements (all fact-checked by PolitiFact) added as check-worthy
positives to ClaimBuster + CheckThat! 2019 training folds; ROC-AUC on leave-debates-out folds.
Usage: checkworthy_liar_positives.py none|filtered|all C LIAR_WEIGHT
"filtered" drops LIAR statements whose context names a debate, speech, address, press
conference, rally, convention or town hall, and any with word Jaccard >= 0.4 to a CheckThat! line."""
import csv, json, sys, re, numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, average_precision_score, f1_score
from sklearn.model_selection import GroupKFold
D=(sys.argv[4] if len(sys.argv)>4 else '../shared/datasets').rstrip('/')+'/'
cb=json.load(open(D+'claimbuster-2class/train.json'))
cbx=[r['text'] for r in cb]; cby=np.array([r['label'] for r in cb])
ct=list(csv.DictReader(open(D+'checkthat-2019-2020/clef19/CT19-T1-Training.csv')))
ctx=[r['text'] for r in ct]; cty=np.array([int(r['label']) for r in ct]); ctg=np.array([r['file_name'] for r in ct])
liar=[l.rstrip('\n').split('\t') for l in open(D+'liar/train.tsv',encoding='utf8')]
def norm(s): return re.sub(r'[^a-z0-9 ]','',s.lower())
def toks(s): return set(norm(s).split())
mode=sys.argv[1] if len(sys.argv)>1 else 'none'
lx=[]
ctsets=[toks(t) for t in ctx if len(t.split())>=6]
for r in liar:
    st=r[2]; ctxf=r[13].lower()
    st=re.sub(r'^Says\s+','',st)
    if mode=='filtered':
        if re.search('debate|speech|address|press conference|rally|convention|town hall',ctxf): continue
    lx.append(st)
if mode=='filtered':
    # near-dup filter: drop liar statements with jaccard>=0.5 to any CT sentence (inverted index)
    from collections import defaultdict
    inv=defaultdict(list)
    for i,s in enumerate(ctsets):
        for w in s: inv[w].append(i)
    keep=[]
    for st in lx:
        a=toks(st); cnt=defaultdict(int)
        for w in a:
            if len(inv[w])<300:
                for i in inv[w]: cnt[i]+=1
        best=max([c/len(a|ctsets[i]) for i,c in cnt.items()] or [0])
        if best<0.4: keep.append(st)
    print('liar kept',len(keep),'of',len(lx),file=sys.stderr); lx=keep
if mode=='none': lx=[]
print('liar positives',len(lx),file=sys.stderr)
C=float(sys.argv[2]) if len(sys.argv)>2 else 1.0
w=float(sys.argv[3]) if len(sys.argv)>3 else 1.0
scores=np.zeros(len(ctx))
for tr,te in GroupKFold(5).split(ctx,cty,ctg):
    X=cbx+[ctx[i] for i in tr]+lx; y=np.concatenate([cby,cty[tr],np.ones(len(lx))])
    sw=np.concatenate([np.ones(len(cbx)+len(tr)),np.full(len(lx),w)])
    v=TfidfVectorizer(ngram_range=(1,2),sublinear_tf=True,min_df=1)
    Xm=v.fit_transform(X)
    m=LogisticRegression(C=C,class_weight='balanced',solver='liblinear').fit(Xm,y,sample_weight=sw)
    scores[te]=m.decision_function(v.transform([ctx[i] for i in te]))
print(mode,C,w,'pooled AUC %.4f AP %.4f'%(roc_auc_score(cty,scores),average_precision_score(cty,scores)),
 'mean per-debate AUC %.4f'%np.mean([roc_auc_score(cty[ctg==g],scores[ctg==g]) for g in set(ctg)]))
