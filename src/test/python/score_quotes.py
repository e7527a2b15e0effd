#!/usr/bin/env python3
"""Scores `warta quotes` against gold statements, without any of warta's Java code.

usage: score_quotes.py GOLD.csv ARTICLES [GOLD.csv ARTICLES ...]
           [--min-direct R] [--min-indirect R] [--min-precision P] [--errors]

Each GOLD.csv has the header document,speaker,kind,cue,quote (document: the file name); each
ARTICLES is the folder of its documents. Runs bin/warta quotes on every folder, then, document by
document, pairs predicted rows with gold rows, each row at most once, as many pairs as can be
made (a maximum bipartite matching). A predicted row can pair with a gold row when the speakers
agree -- they share a word, case aside ("Lavrov" ~ "Sergei Lavrov"), or both are empty -- and
the quotes overlap by at least half the words of the longer one (words: runs of letters and
digits, case aside, counted with repeats).

direct recall and indirect recall: paired gold rows of that kind over gold rows of that kind;
precision: paired predicted rows over predicted rows. Exits 1 when a figure is under its bound.
"""
import collections, csv, io, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
WARTA = os.path.join(HERE, '..', '..', '..', 'bin', 'warta')
WORD = re.compile(r'[^\W_]+')


def words(text):
    return WORD.findall(text.lower())


def speakers_agree(a, b):
    if not a.strip() or not b.strip():
        return not a.strip() and not b.strip()
    return bool(set(words(a)) & set(words(b)))


def quotes_overlap(a, b):
    wa, wb = collections.Counter(words(a)), collections.Counter(words(b))
    longer = max(sum(wa.values()), sum(wb.values()))
    return longer > 0 and 2 * sum((wa & wb).values()) >= longer


def matching(gold, predicted):
    """The largest set of (gold, predicted) pairs that agree, each row in one pair at most."""
    edges = [[p for p, row in enumerate(predicted)
              if speakers_agree(g['speaker'], row['speaker']) and quotes_overlap(g['quote'], row['quote'])]
             for g in gold]
    owner = {}

    def augment(g, seen):
        for p in edges[g]:
            if p not in seen:
                seen.add(p)
                if p not in owner or augment(owner[p], seen):
                    owner[p] = g
                    return True
        return False

    for g in range(len(gold)):
        augment(g, set())
    return {g: p for p, g in owner.items()}


def by_document(rows):
    grouped = collections.defaultdict(list)
    for row in rows:
        grouped[os.path.basename(row['document'])].append(row)
    return grouped


def option(name, default):
    return float(sys.argv[sys.argv.index(name) + 1]) if name in sys.argv else default


def main():
    args, i = [], 1
    while i < len(sys.argv):
        if sys.argv[i].startswith('--'):
            i += 1 if sys.argv[i] == '--errors' else 2
            continue
        args.append(sys.argv[i])
        i += 1
    if not args or len(args) % 2:
        sys.exit(__doc__)
    totals = collections.Counter()
    for gold_file, folder in zip(args[0::2], args[1::2]):
        with open(gold_file, encoding='utf-8-sig', newline='') as f:
            gold = by_document(csv.DictReader(f))
        out = subprocess.run([WARTA, 'quotes', '--quiet', folder], check=True, capture_output=True).stdout.decode('utf-8')
        predicted = by_document(csv.DictReader(io.StringIO(out, newline='')))
        for document in sorted(set(gold) | set(predicted)):
            g, p = gold.get(document, []), predicted.get(document, [])
            pairs = matching(g, p)
            for k, row in enumerate(g):
                totals['gold_' + row['kind']] += 1
                if k in pairs:
                    totals['paired_' + row['kind']] += 1
                elif '--errors' in sys.argv:
                    print(f'missed\t{document}\t{row["speaker"]}\t{row["kind"]}\t{row["cue"]}\t{row["quote"][:90]}',
                          file=sys.stderr)
            totals['predicted'] += len(p)
            totals['paired'] += len(pairs)
            if '--errors' in sys.argv:
                for k, row in enumerate(p):
                    if k not in pairs.values():
                        print(f'extra\t{document}\t{row["speaker"]}\t{row["kind"]}\t{row["cue"]}\t{row["quote"][:90]}',
                              file=sys.stderr)
    direct = totals['paired_direct'] / max(1, totals['gold_direct'])
    indirect = totals['paired_indirect'] / max(1, totals['gold_indirect'])
    precision = totals['paired'] / max(1, totals['predicted'])
    print('direct_recall,indirect_recall,precision,gold_direct,gold_indirect,predicted,paired')
    print(f'{direct:.3f},{indirect:.3f},{precision:.3f},{totals["gold_direct"]},{totals["gold_indirect"]},'
          f'{totals["predicted"]},{totals["paired"]}')
    if (direct < option('--min-direct', 0) or indirect < option('--min-indirect', 0)
            or precision < option('--min-precision', 0)):
        sys.exit('quotes: under the required figures')


if __name__ == '__main__':
    main()
