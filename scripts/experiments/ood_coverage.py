#!/usr/bin/python3
"""Can vocabulary coverage tell a held-out corpus from the training corpora?

For each corpus of pooled5.jsonl (written by `./veracity export reliability`): the other corpora
are split 80/20 (seed 1); words and word bigrams in >= 2 documents of the 80% part form the
vocabulary; prints the 5th, 25th and 50th percentile of the unigram and bigram coverage of the
in-domain 20% and of the held-out corpus. Run:
/usr/bin/python3 scripts/experiments/ood_coverage.py [SPLITS_DIR]
"""
import sys
import json, re, collections, random, numpy as np
rows=[json.loads(l) for l in open((sys.argv[1] if len(sys.argv) > 1 else '/tmp/rel/splits') + '/pooled5.jsonl')]
corp=lambda r:r['group'].split('|')[0]
tok=lambda r: [re.sub(r'\d','0',w) for w in re.findall(r"\w+",((r.get('title') or '')+' '+r['text']).lower())]
random.seed(1)
for held in sorted({corp(r) for r in rows}):
    tr=[r for r in rows if corp(r)!=held]; random.shuffle(tr); cut=int(.8*len(tr)); fit, ind = tr[:cut], tr[cut:]
    out=[r for r in rows if corp(r)==held]
    df1=collections.Counter(); df2=collections.Counter()
    for r in fit:
        t=tok(r); df1.update(set(t)); df2.update(set(zip(t,t[1:])))
    v1={w for w,c in df1.items() if c>=2}; v2={w for w,c in df2.items() if c>=2}
    def cov(r):
        t=tok(r); u=set(t); b=set(zip(t,t[1:]))
        return (sum(w in v1 for w in u)/max(1,len(u)), sum(w in v2 for w in b)/max(1,len(b)))
    ci=np.array([cov(r) for r in ind]); co=np.array([cov(r) for r in out])
    q=lambda a:np.round(np.percentile(a,[5,25,50]),3)
    print(held,'in-domain uni',q(ci[:,0]),'bi',q(ci[:,1]),'| held-out uni',q(co[:,0]),'bi',q(co[:,1]))
