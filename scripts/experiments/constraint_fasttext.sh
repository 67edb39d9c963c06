#!/bin/sh
# fastText CLI variants on CONSTRAINT train -> val (export reliability splits in /tmp/rel/splits);
# writes c-train.txt, c-val.txt and ftm.* into /tmp/reliability-acc. Run: sh scripts/experiments/constraint_fasttext.sh
set -e
mkdir -p /tmp/reliability-acc && cd /tmp/reliability-acc
python3 - <<'P'
import json
for s in ['train','val']:
    with open(f'/tmp/reliability-acc/c-{s}.txt','w') as f:
        for l in open(f'/tmp/rel/splits/constraint-{s}.jsonl'):
            r=json.loads(l); t=' '.join(((r.get('title') or '')+' '+r['text']).replace('\n',' ').split()).lower()
            f.write('__label__%d %s\n'%(r['label']=='unreliable',t))
P
for args in "-wordNgrams 2 -epoch 25 -lr 0.5 -dim 50" "-wordNgrams 2 -epoch 25 -lr 0.5 -dim 50 -minn 2 -maxn 5" "-wordNgrams 3 -epoch 50 -lr 0.5 -dim 100 -minn 3 -maxn 6"; do
fasttext supervised -input c-train.txt -output ftm $args -thread 2 -seed 13 -verbose 0
echo "$args"; fasttext test ftm.bin c-val.txt
done
