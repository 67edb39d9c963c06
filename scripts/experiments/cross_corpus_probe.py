#!/usr/bin/python3
"""Why does the articles model rank held-out corpora below scikit-learn LR? A probe of suspects
(idf, C, length, tokenization) with scikit-learn only (no style cues, no hashing): for each corpus of articles.jsonl
held out (train on the other two), ROC AUC of balanced liblinear LR over word 1-2-grams with
(a) TF-IDF, sublinear tf (the baseline's features) and (b) sublinear tf without idf (Veracity's
LOG_COUNT weighting), both L2-normalised, for C in {1, 4, 16, 64}; plus (b) with a length feature
(log word count, standardised on train), the one Veracity adds; then, without idf at C = 1,
three tokenizations: words of 2+ characters, all words, words + punctuation marks (as Veracity).
Run: /usr/bin/python3 scripts/experiments/cross_corpus_probe.py [SPLITS_DIR]
"""
import json, sys, numpy as np, scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
d = sys.argv[1] if len(sys.argv) > 1 else '/tmp/rel/splits'
rows = [json.loads(l) for l in open(d + '/articles.jsonl')]
text = [((r.get('title') or '') + '\n\n' + r['text']) for r in rows]
y = np.array([r['label'] == 'unreliable' for r in rows], int)
corpus = np.array([r['group'].split('|')[0] for r in rows])
for held in sorted(set(corpus)):
    tr = np.where(corpus != held)[0]; te = np.where(corpus == held)[0]
    for name, idf in (('tfidf', True), ('tf-no-idf', False)):
        v = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, use_idf=idf)
        A = v.fit_transform([text[i] for i in tr]); B = v.transform([text[i] for i in te])
        for length in ((False, True) if not idf else (False,)):
            if length:
                lw = lambda idx: np.log1p([len(text[i].split()) for i in idx])
                a, b = lw(tr), lw(te); mu, sd = a.mean(), a.std()
                A2 = sp.hstack([A, ((a - mu) / sd)[:, None]]).tocsr()
                B2 = sp.hstack([B, ((b - mu) / sd)[:, None]]).tocsr()
            else:
                A2, B2 = A, B
            aucs = []
            for C in (1, 4, 16, 64):
                m = LogisticRegression(C=C, solver='liblinear', class_weight='balanced').fit(A2, y[tr])
                aucs.append(round(roc_auc_score(y[te], m.decision_function(B2)), 4))
            print(held, name + ('+length' if length else ''), 'AUC at C=1,4,16,64:', aucs, flush=True)
# Third suspect, tokenization: Veracity's WordTokenizer makes every punctuation mark a token (so
# n-grams such as "!" or ", said"); scikit-learn's default pattern keeps words of 2+ characters.
for held in sorted(set(corpus)):
    tr = np.where(corpus != held)[0]; te = np.where(corpus == held)[0]
    res = []
    for name, tp in (('words 2+ chars', r"(?u)\b\w\w+\b"), ('all words', r"(?u)\b\w+\b"),
                     ('words + punctuation', r"(?u)\b\w+\b|[^\w\s]")):
        v = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, use_idf=False, token_pattern=tp)
        A = v.fit_transform([text[i] for i in tr]); B = v.transform([text[i] for i in te])
        m = LogisticRegression(C=1, solver='liblinear', class_weight='balanced').fit(A, y[tr])
        res.append((name, round(roc_auc_score(y[te], m.decision_function(B)), 4)))
    print(held, 'tf-no-idf, C=1, tokens:', res, flush=True)
