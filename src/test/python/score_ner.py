#!/usr/bin/env python3
"""Scores `warta tag --conll` against a gold named-entity file, without any of warta's Java code.

Runs bin/warta tag --conll on the gold file, reads both token<TAB>tag streams and counts exact
span-and-type matches per type, as conlleval does (an I- tag that does not continue a name of
its type starts one). Type names are folded: PER/PERSON, ORG/ORGANISATION/ORGANIZATION,
LOC/PLACE/LOCATION.

usage: score_ner.py GOLD [--min-person F1] [--min-overall F1]
Exits 1 when a score is under its bound.
"""
import subprocess, sys, os

HERE = os.path.dirname(os.path.abspath(__file__))
WARTA = os.path.join(HERE, '..', '..', '..', 'bin', 'warta')
TYPES = {'PER': 'PER', 'PERSON': 'PER', 'ORG': 'ORG', 'ORGANISATION': 'ORG', 'ORGANIZATION': 'ORG',
         'LOC': 'LOC', 'PLACE': 'LOC', 'LOCATION': 'LOC'}


def sentences(lines):
    out, cur = [], []
    for line in lines:
        line = line.rstrip('\r\n')
        if not line.strip():
            if cur:
                out.append(cur)
            cur = []
            continue
        cols = line.split('\t') if '\t' in line else line.split()
        cur.append((cols[0], cols[-1] if len(cols) > 1 else 'O'))
    if cur:
        out.append(cur)
    return out


def spans(tags):
    found, start, kind = set(), None, None
    for i, tag in enumerate(tags + ['O']):
        t = TYPES[tag[2:]] if tag != 'O' else None
        continues = tag.startswith('I-') and t == kind and start is not None
        if start is not None and not continues:
            found.add((start, i, kind))
            start, kind = None, None
        if t is not None and not continues:
            start, kind = i, t
    return found


def option(name, default):
    return float(sys.argv[sys.argv.index(name) + 1]) if name in sys.argv else default


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    with open(sys.argv[1], encoding='utf-8') as f:
        gold = sentences(f)
    out = subprocess.run([WARTA, 'tag', '--conll', sys.argv[1]], check=True, capture_output=True).stdout.decode('utf-8')
    system = sentences(out.split('\n'))
    if [[t for t, _ in s] for s in gold] != [[t for t, _ in s] for s in system]:
        sys.exit('warta changed the tokens or the sentences')
    counts = {t: [0, 0, 0] for t in ('PER', 'ORG', 'LOC')}
    for g, s in zip(gold, system):
        gs, ss = spans([t for _, t in g]), spans([t for _, t in s])
        for _, _, t in gs:
            counts[t][0] += 1
        for _, _, t in ss:
            counts[t][1] += 1
        for _, _, t in gs & ss:
            counts[t][2] += 1
    print('type,precision,recall,f1,gold,system,correct')
    f1s = {}
    for t, (g, s, c) in list(counts.items()) + [('ALL', [sum(v[i] for v in counts.values()) for i in range(3)])]:
        p = 100 * c / s if s else 0
        r = 100 * c / g if g else 0
        f1s[t] = 2 * p * r / (p + r) if p + r else 0
        print(f'{t},{p:.2f},{r:.2f},{f1s[t]:.2f},{g},{s},{c}')
    if f1s['PER'] < option('--min-person', 0) or f1s['ALL'] < option('--min-overall', 0):
        sys.exit(f'{sys.argv[1]}: under the required F1')


if __name__ == '__main__':
    main()
