#!/usr/bin/env python3
"""Scores warta's tokenize CSV against gold CoNLL-U, without any of warta's Java code.

Builds the evaluation document the CoNLL 2018 way (every 10 '# text' lines joined by single
spaces into a paragraph, paragraphs separated by a blank line), runs `bin/warta tokenize` and
`bin/warta tokenize --sentences` on it, reads the CSV back and compares code-point spans.

usage: score_segmentation.py GOLD.conllu [--errors N] [--min-tokens F1] [--min-sentences F1]
Exits 1 when a score is under its --min-... bound.
"""
import csv, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
WARTA = os.path.join(HERE, '..', '..', '..', 'bin', 'warta')


def gold_sentences(path):
    sentences, text, forms, covered = [], None, [], 0
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if not line:
                if forms:
                    sentences.append((text, forms))
                text, forms, covered = None, [], 0
            elif line.startswith('# text ='):
                text = line[len('# text ='):].strip()
            elif not line.startswith('#'):
                cols = line.split('\t')
                if '-' in cols[0]:
                    forms.append(cols[1])
                    covered = int(cols[0].split('-')[1])
                elif '.' not in cols[0] and int(cols[0]) > covered:
                    forms.append(cols[1])
    if forms:
        sentences.append((text, forms))
    return sentences


def build(sentences):
    parts, tokens, spans, pos = [], set(), set(), 0
    for i, (text, forms) in enumerate(sentences):
        if i:
            sep = '\n\n' if i % 10 == 0 else ' '
            parts.append(sep)
            pos += len(sep)
        spans.add((pos, pos + len(text)))
        cursor = 0
        for form in forms:
            at = text.index(form, cursor)
            cursor = at + len(form)
            tokens.add((pos + at, pos + cursor))
        parts.append(text)
        pos += len(text)
    return ''.join(parts), tokens, spans


def run(document, *args):
    out = subprocess.run([WARTA, 'tokenize', *args, document], check=True, capture_output=True)
    rows = list(csv.DictReader(out.stdout.decode('utf-8').splitlines()))
    return rows


def score(name, gold, system):
    correct = len(gold & system)
    p = 100 * correct / len(system) if system else 0
    r = 100 * correct / len(gold) if gold else 0
    f = 2 * p * r / (p + r) if p + r else 0
    print(f'{name},{p:.2f},{r:.2f},{f:.2f},{len(gold)},{len(system)},{correct}')
    return f


def option(name, default):
    return float(sys.argv[sys.argv.index(name) + 1]) if name in sys.argv else default


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    show = int(option('--errors', 0))
    text, gold_tokens, gold_spans = build(gold_sentences(sys.argv[1]))
    with tempfile.TemporaryDirectory() as tmp:
        document = os.path.join(tmp, 'gold.txt')
        with open(document, 'w', encoding='utf-8', newline='') as f:
            f.write(text)
        token_rows = run(document)
        sentence_rows = run(document, '--sentences')
    for row in token_rows:
        if text[int(row['start']):int(row['end'])] != row['token']:
            sys.exit(f'offsets do not give the token: {row}')
    tokens = {(int(r['start']), int(r['end'])) for r in token_rows}
    sentences = {(int(r['start']), int(r['end'])) for r in sentence_rows}
    print('unit,precision,recall,f1,gold,system,correct')
    token_f1 = score('tokens', gold_tokens, tokens)
    sentence_f1 = score('sentences', gold_spans, sentences)
    if show:
        context = lambda s, e: text[max(0, s - 30):s] + '[' + text[s:e] + ']' + text[e:e + 30]
        for label, gold, system in (('token', gold_tokens, tokens), ('sentence', gold_spans, sentences)):
            missed = sorted(gold - system)[:show]
            extra = sorted(system - gold)[:show]
            for s, e in missed:
                print(f'missed {label}: {context(s, e)!r}'[:300])
            for s, e in extra:
                print(f'extra {label}: {context(s, e)!r}'[:300])

    if token_f1 < option('--min-tokens', 0) or sentence_f1 < option('--min-sentences', 0):
        sys.exit(f'{sys.argv[1]}: under the required F1')


if __name__ == '__main__':
    main()
