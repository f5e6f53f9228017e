#!/usr/bin/env python3
"""Draw the unannotated politics samples rules are found and validated on.

Usage: samples.py SHARED UNSEEN.jsonl OUTDIR

The samples follow the gold batches' own selection rule (select.py: the
multisource corpus, categories middleEast or internationalNews, 150-400
words, a Middle East name in the title, a political word in the title or
first paragraph) with every gold article removed (the development gold by
id and text, batches 1-8 by document, also through duplicate ids), so a
rule judged on them is judged on the text the unseen measure is drawn
from without reading any gold. The pool is shuffled with seed 31 and cut
into windows; the Saudi outlets (saudinewsnet) give a second source by the
same rule (no categories there), shuffled with seed 41.

Ninth session's files (pool 2,926 and 1,294 articles):
  s9_more   pool[0:1600]     finding
  s9_find   pool[1600:2000]  finding
  s9_val    pool[2000:2400]  validating
  s9_judge  pool[2400:]      the lead's final judge pass
  s9_sau        saudi[0:500]    validating (another source)
  s9_judge_sau  saudi[500:900]  the lead's final judge pass
Tenth session: s9_judge and s9_judge_sau validate (no helper had read
them); s10_judge_sau (saudi[900:], the rest) is the lead's judge pass.
Eleventh session: both pools were spent, so a neighbour pool is drawn:
the same corpus, categories, length and political word, but the Middle
East name in the first paragraph and not in the title (so no article
of the gold's own pool is in it), shuffled with seed 51:
  s11_val    near[0:600]   validating
  s11_judge  near[600:]    the lead's judge pass
No gold is involved: helpers read the changes a rule makes there and
judge them by GUIDELINES.md.
"""
import gzip
import hashlib
import json
import random
import re
import sys

SHARED, UNSEEN, OUT = sys.argv[1], sys.argv[2], sys.argv[3]

# The ME and POL word lists are select.py's, read from it so the two cannot drift.
src = open(__file__.replace("samples.py", "select.py"), encoding="utf-8").read()
ns = {}
for name in ("ME", "POL"):
    exec(re.search(r"^%s = \[.*?\]\n" % name, src, re.S | re.M).group(0), ns)
ME, POL = ns["ME"], ns["POL"]

docs = set()
for line in open(UNSEEN, encoding="utf-8"):
    docs.add(json.loads(line)["doc"])
short = {d.split(":", 1)[1] for d in docs}
dev_ids, dev_text = set(), set()
for line in open(SHARED + "/eval/gold/dev.jsonl", encoding="utf-8"):
    r = json.loads(line)
    dev_ids.add(r["id"].removeprefix("dev-"))
    dev_text.add(hashlib.sha256(r["text"].strip().encode()).hexdigest())


def political(r):
    if not 150 <= len(r["text"].split()) <= 400:
        return False
    head = r["title"] + "\n" + r["text"].split("\n")[0]
    return any(x in r["title"] for x in ME) and any(x in head for x in POL)


def nearby(r):
    """The gold's rule with the Middle East name moved from the title to
    the first paragraph (callers have already excluded political(r))."""
    if not 150 <= len(r["text"].split()) <= 400:
        return False
    head = r["title"] + "\n" + r["text"].split("\n")[0]
    return any(x in head for x in ME) and any(x in head for x in POL)


def known(doc, r):
    return doc in dev_ids or hashlib.sha256(r["text"].strip().encode()).hexdigest() in dev_text


pool, near = [], []
path = SHARED + "/data/ant-corpus-multisource/ant-corpus-multisource.jsonl.gz"
for line in gzip.open(path, "rt", encoding="utf-8"):
    r = json.loads(line)
    doc = r["id"].split(":", 1)[1]
    if known(doc, r) or doc in short or set(r.get("duplicate_ids") or []) & (dev_ids | docs):
        continue
    if not set(r["categories"]) & {"middleEast", "internationalNews"}:
        continue
    if political(r):
        pool.append(r)
    elif nearby(r):
        near.append(r)
saudi = []
for line in gzip.open(SHARED + "/data/saudinewsnet/saudinewsnet.jsonl.gz", "rt", encoding="utf-8"):
    r = json.loads(line)
    if not known(r["id"], r) and r["id"] not in docs and political(r):
        saudi.append(r)
random.Random(31).shuffle(pool)
random.Random(41).shuffle(saudi)
random.Random(51).shuffle(near)


def dump(name, rows):
    with open(f"{OUT}/{name}.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(name, len(rows))


print("pool", len(pool), "saudi", len(saudi), "near", len(near))
dump("s9_more", pool[:1600])
dump("s9_find", pool[1600:2000])
dump("s9_val", pool[2000:2400])
dump("s9_judge", pool[2400:])
dump("s9_sau", saudi[:500])
dump("s9_judge_sau", saudi[500:900])
dump("s10_judge_sau", saudi[900:])
dump("s11_val", near[:600])
dump("s11_judge", near[600:])
