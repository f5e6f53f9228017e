#!/usr/bin/env python3
"""Draw the unseen evaluation sample (reproducible: fixed seed, sorted pool).

Usage: select.py CORPUS.jsonl.gz DEV.jsonl [BATCH [SAUDI.jsonl.gz]]
(prints kind, id, line, split, batch; batches 3 and 4 also print the corpus)

Batch 1 (seed 20261129): four politics articles per outlet and four ordinary.
Batch 2 (seed 20261130, drawn later to enlarge the set, batch 1 excluded):
two per outlet and two ordinary. Without BATCH both batches are printed.

Pool "politics": categories middleEast or internationalNews, 150-400 words,
a Middle East country or capital in the title, and a political/security word
in the title or first paragraph, drawn per source (the five outlets).
Pool "ordinary": category economy, 150-400 words, a Middle East country or
capital anywhere in the text.
Articles of the development gold (same DOCNO or same text) are excluded.

Batch 3 (seed 20261201; places only, split "places"; drawn after batches 1
and 2, which it excludes): three politics articles per outlet from the same
pool, plus five from ../shared/data/saudinewsnet drawn from the same
politics rule (150-400 words, a Middle East name in the title, a political
word in the title or first paragraph; no categories there), dev gold
excluded by id and text. Only its places are annotated, so it has no
tune/held split: nobody tunes on it. Run: select.py CORPUS DEV 3 SAUDI.

Batch 4 (seed 20261202; drawn after batches 1-3, which it excludes, dev gold
excluded): four politics articles per outlet from the same pool (20), fully
annotated. Split by the same fixed rule within each outlet (sort by SHA-256
of the record id; first half "tune2", rest "held2"): 10 + 10. Batches 1-2
and their tune/held split are untouched. Run: select.py CORPUS DEV 4 SAUDI
(batch 3 needs SAUDI to be excluded exactly as drawn).

Batch 5 (seed 20261203; drawn after batches 1-4, which it excludes, dev gold
excluded): the same design as batch 4, split "tune3"/"held3" by the same
rule, 10 + 10. Run: select.py CORPUS DEV 5 SAUDI.

Batch 6 (seed 20261204; drawn after batches 1-5, which it excludes, dev gold
excluded): two politics articles per outlet from the same pool (10), fully
annotated, all in one split "held4" (nobody tunes on it, so no tune half).
Run: select.py CORPUS DEV 6 SAUDI.

Batch 7 (seed 20261205; drawn after batches 1-6, which it excludes, dev gold
excluded): two politics articles per outlet from the same pool (10), fully
annotated, all in one split "tune4" (a fresh tune set for error reading).
Run: select.py CORPUS DEV 7 SAUDI.

Batch 8 (seed 20261206; drawn after batches 1-7, which it excludes, dev gold
excluded): the same design, all in one split "tune5" (another fresh tune
set). Run: select.py CORPUS DEV 8 SAUDI.
"""
import gzip, hashlib, json, random, sys

CORPUS = sys.argv[1]  # ../shared/data/ant-corpus-multisource/ant-corpus-multisource.jsonl.gz
DEV = sys.argv[2]     # ../shared/eval/gold/dev.jsonl
BATCHES = [(20261129, 4, 4), (20261130, 2, 2)]  # (seed, per outlet, ordinary)
ONLY = int(sys.argv[3]) if len(sys.argv) > 3 else 0

ME = ["العراق", "سوريا", "سورية", "الأردن", "لبنان", "فلسطين", "الفلسطيني", "إسرائيل", "الإسرائيلي", "غزة",
      "مصر", "ليبيا", "اليمن", "السعودية", "الإمارات", "قطر", "البحرين", "الكويت", "عمان", "إيران", "تركيا",
      "بغداد", "دمشق", "بيروت", "القدس", "القاهرة", "طرابلس", "صنعاء", "الرياض", "طهران", "أنقرة", "الحوثي",
      "السوري", "العراقي", "اليمني", "المصري", "الليبي", "الإيراني", "التركي", "اللبناني", "حزب الله", "داعش"]
POL = ["قتل", "قتيل", "هجوم", "غارة", "قصف", "اشتباك", "اعتقال", "اعتقل", "احتجاز", "مظاهر", "احتجاج",
       "اتفاق", "مباحثات", "محادثات", "زيارة", "التقى", "عقوبات", "يدين", "أدان", "تهدد", "هدد", "انسحاب",
       "الجيش", "قوات", "مسلح", "صاروخ", "حكم", "إعدام", "مفاوضات", "الأمم المتحدة", "وزير الخارجية", "رئيس"]

dev_ids, dev_text = set(), set()
for line in open(DEV, encoding="utf-8"):
    r = json.loads(line)
    dev_ids.add(r["id"].removeprefix("dev-"))
    dev_text.add(hashlib.sha256(r["text"].strip().encode()).hexdigest())

pol, eco = {}, []
for n, line in enumerate(gzip.open(CORPUS, "rt", encoding="utf-8"), 1):
    r = json.loads(line)
    doc = r["id"].split(":", 1)[1]
    if doc in dev_ids or hashlib.sha256(r["text"].strip().encode()).hexdigest() in dev_text:
        continue
    if set(r.get("duplicate_ids") or []) & dev_ids:
        continue
    w = len(r["text"].split())
    if not 150 <= w <= 400:
        continue
    cats = set(r["categories"])
    head = r["title"] + "\n" + r["text"].split("\n")[0]
    if cats & {"middleEast", "internationalNews"} and any(x in r["title"] for x in ME) and any(x in head for x in POL):
        pol.setdefault(r["source"], []).append((r["id"], n))
    elif "economy" in cats and any(x in r["text"] for x in ME):
        eco.append((r["id"], n))

taken = set()
for b, (seed, per_source, n_ordinary) in enumerate(BATCHES, 1):
    rng = random.Random(seed)
    picked = []
    for src in sorted(pol):
        items = sorted(x for x in pol[src] if x[0] not in taken)
        picked += [("politics", x) for x in rng.sample(items, per_source)]
    picked += [("ordinary", x) for x in rng.sample(sorted(x for x in eco if x[0] not in taken), n_ordinary)]
    taken.update(i for _, (i, _) in picked)
    # Split: within each group (politics per source; ordinary), sort by
    # SHA-256 of the record id; the first half is "tune", the rest "held".
    split = {}
    groups = {}
    for kind, (i, n) in picked:
        groups.setdefault((kind, i.split(":")[1].split("-")[0] if kind == "politics" else ""), []).append(i)
    for ids in groups.values():
        ids.sort(key=lambda x: hashlib.sha256(x.encode()).hexdigest())
        for j, x in enumerate(ids):
            split[x] = "tune" if j < len(ids) / 2 else "held"
    if ONLY and b != ONLY:
        continue
    for kind, (i, n) in picked:
        print(kind, i, n, split[i], b, sep="\t")
print({k: len(v) for k, v in pol.items()}, len(eco), file=sys.stderr)

if ONLY in (3, 4, 5, 6, 7, 8):
    SAUDI = sys.argv[4]  # ../shared/data/saudinewsnet/saudinewsnet.jsonl.gz
    spool = []
    for n, line in enumerate(gzip.open(SAUDI, "rt", encoding="utf-8"), 1):
        r = json.loads(line)
        if r["id"] in dev_ids or hashlib.sha256(r["text"].strip().encode()).hexdigest() in dev_text:
            continue
        if not 150 <= len(r["text"].split()) <= 400:
            continue
        head = r["title"] + "\n" + r["text"].split("\n")[0]
        if any(x in r["title"] for x in ME) and any(x in head for x in POL):
            spool.append((r["id"], n))
    rng = random.Random(20261201)
    for src in sorted(pol):
        items = sorted(x for x in pol[src] if x[0] not in taken)
        for i, n in rng.sample(items, 3):
            taken.add(i)
            if ONLY == 3:
                print("politics", i, n, "places", 3, "multisource", sep="\t")
    for i, n in rng.sample(sorted(spool), 5):
        if ONLY == 3:
            print("politics", i, n, "places", 3, "saudinewsnet", sep="\t")
    print(len(spool), file=sys.stderr)

# Batches 4 and 5: four politics articles per outlet each, split within the
# outlet by SHA-256 of the record id (first half tune2/tune3, rest
# held2/held3). Batch 5 replays batch 4's draw to exclude it exactly.
for b, seed, halves in ((4, 20261202, ("tune2", "held2")), (5, 20261203, ("tune3", "held3"))):
    if ONLY < b:
        break
    rng = random.Random(seed)
    drawn = []
    for src in sorted(pol):
        items = sorted(x for x in pol[src] if x[0] not in taken)
        picked = rng.sample(items, 4)
        drawn += [i for i, _ in picked]
        order = sorted((i for i, _ in picked), key=lambda x: hashlib.sha256(x.encode()).hexdigest())
        for i, n in picked:
            split = halves[0] if order.index(i) < len(order) / 2 else halves[1]
            if ONLY == b:
                print("politics", i, n, split, b, "multisource", sep="\t")
    taken.update(drawn)

# Batch 6: two politics articles per outlet, all in "held4"; batches 4 and 5
# are replayed above so that they are excluded exactly. Batch 7: the same
# design, all in "tune4", drawn after batch 6 is replayed; batch 8 the same
# again, all in "tune5", drawn after batches 6 and 7 are replayed.
for b, seed, split in ((6, 20261204, "held4"), (7, 20261205, "tune4"), (8, 20261206, "tune5")):
    if ONLY < b:
        break
    rng = random.Random(seed)
    for src in sorted(pol):
        items = sorted(x for x in pol[src] if x[0] not in taken)
        picked = rng.sample(items, 2)
        taken.update(i for i, _ in picked)
        for i, n in picked:
            if ONLY == b:
                print("politics", i, n, split, b, "multisource", sep="\t")
