#!/usr/bin/env python3
"""bootstrap.py N GOLD1 PRED1 [GOLD2 PRED2 ...]: pooled F1 of events, events_full,
quotes and places over the articles of all pairs, with 95 % article-bootstrap
intervals (N resamples, seed 7). Each article is scored by score.py's own
score_events (read from ../shared/eval beside the checkout, or $MARSAD_EVAL)."""
import sys, json, random, io, contextlib, os
sys.path.insert(0, os.environ.get('MARSAD_EVAL', os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../../shared/eval'))); import score as S
from datetime import timedelta
N = int(sys.argv[1]); pairs = list(zip(sys.argv[2::2], sys.argv[3::2]))
arts = []
for gf, pf in pairs:
    preds = {str(r['id']): r for r in S.read_jsonl(pf)}
    for g in S.read_jsonl(gf): arts.append((g, preds.get(str(g['id']), {'id': g['id']})))
import tempfile, os
def counts(a):
    g, p = a
    d = tempfile.mkdtemp(); gf, pf = d + '/g', d + '/p'
    open(gf, 'w').write(json.dumps(g, ensure_ascii=False) + '\n'); open(pf, 'w').write(json.dumps(p, ensure_ascii=False) + '\n')
    r, _ = S.score_events(gf, pf, False)
    e, f, q, pl = r['events'], r['events_full'], r['quotes'], r['places']
    return [round(e['precision'] * e['predicted']), e['predicted'], round(e['recall'] * e['gold']), e['gold'],
            round(f['recall'] * f['gold']), round(q['precision'] * q['predicted']), q['predicted'], round(q['recall'] * q['gold']), q['gold'],
            round(pl['precision'] * pl['predicted']), pl['predicted'], round(pl['recall'] * pl['gold']), pl['gold']]
C = [counts(a) for a in arts]
def f1(tp_p, n_p, tp_g, n_g):
    p = tp_p / n_p if n_p else 0; r = tp_g / n_g if n_g else 0
    return 2 * p * r / (p + r) if p + r else 0
def agg(cs):
    s = [sum(c[i] for c in cs) for i in range(13)]
    return [f1(s[0], s[1], s[2], s[3]), f1(s[4], s[1], s[4], s[3]), f1(s[5], s[6], s[7], s[8]), f1(s[9], s[10], s[11], s[12])]
pt = agg(C); rng = random.Random(7); bs = [agg([rng.choice(C) for _ in C]) for _ in range(N)]
for j, name in enumerate(['events', 'events_full', 'quotes', 'places']):
    v = sorted(b[j] for b in bs)
    print(f"{name:12s} {pt[j]:.3f} ({v[int(0.025 * N)]:.3f}-{v[int(0.975 * N) - 1]:.3f})")
