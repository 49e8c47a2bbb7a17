#!/usr/bin/env bash
# Builds the seed corpora fuzz/corpus/<target>/ (git-ignored) for the five fuzz targets.
#
#   scan                  lines and sentences of tests/fixtures/*.txt and of
#                         /work/shared/corpus/*.txt (or $VANBAN_SHARED_CORPUS), each ≤ 2 KB
#   date, doc_ref, person the gold mention texts of tests/fixtures/gold.jsonl of that kind,
#                         plus short string literals from tests/*.rs
#   doc_id                identifiers (`126-QĐ/TW`, `22/2026/QĐ-TTg`, …) cut out of the gold
#                         references, test literals and the shared corpus
#
# Usage (from anywhere): fuzz/seed.sh [--max-lines N]   (N: shared-corpus pieces, default 4000)
# Existing corpus files are kept; seeds are named by the SHA-1 of their content, as libFuzzer does.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
shared="${VANBAN_SHARED_CORPUS:-/work/shared/corpus}"
max_lines=4000
if [[ "${1:-}" == "--max-lines" ]]; then max_lines="$2"; fi

python3 - "$root" "$here/corpus" "$shared" "$max_lines" <<'PY'
import glob, hashlib, json, os, random, re, sys

root, out, shared, max_lines = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
MAX = 2048
targets = ["date", "doc_id", "doc_ref", "person", "scan"]
seeds = {t: set() for t in targets}

def cut(s, limit=MAX):
    """Pieces of s of at most `limit` bytes, cut at spaces (or char boundaries)."""
    s = s.strip()
    while len(s.encode()) > limit:
        b = s.encode()[:limit]
        head = b.decode("utf-8", "ignore")
        sp = head.rfind(" ")
        head = head[:sp] if sp > limit // 4 else head
        yield head
        s = s[len(head):].strip()
    if s:
        yield s

SENT = re.compile(r"(?<=[.!?;])\s+|\t|\s*\|\s*")

def pieces(line):
    line = line.strip()
    if not line:
        return
    if len(line.encode()) <= MAX:
        yield line
    for sent in SENT.split(line):
        if len(sent.strip()) >= 3:
            yield from cut(sent)

ID = re.compile(r"\d+[a-zđ]?(?:\s?/\s?\d{4})?\s?[/-]\s?[A-ZĐƯ][A-ZĐƯa-z]*(?:\s?[/-]\s?[A-ZĐƯ][A-ZĐƯ0-9a-z]*)*")

# scan: fixture articles, then the shared corpus (sampled, deterministic)
for f in sorted(glob.glob(os.path.join(root, "tests/fixtures/*.txt"))):
    with open(f, encoding="utf-8") as fh:
        for line in fh:
            seeds["scan"].update(pieces(line))
shared_pieces = []
for f in sorted(glob.glob(os.path.join(shared, "*.txt"))):
    with open(f, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            shared_pieces.extend(pieces(line))
random.Random(0).shuffle(shared_pieces)
seeds["scan"].update(shared_pieces[:max_lines])
for p in shared_pieces:
    seeds["doc_id"].update(m.group(0) for m in ID.finditer(p))

# strict targets: gold mention texts of the matching kind
with open(os.path.join(root, "tests/fixtures/gold.jsonl"), encoding="utf-8") as fh:
    for line in fh:
        g = json.loads(line)
        kind, text = g["kind"], g["text"]
        if kind in seeds:
            seeds[kind].add(text)
        if kind == "doc_ref":
            seeds["doc_id"].update(m.group(0) for m in ID.finditer(text))

# short string literals from the tests (dates, references, names, identifiers)
LIT = re.compile(r'"((?:[^"\\\n]|\\.){2,120})"')
for f in sorted(glob.glob(os.path.join(root, "tests/*.rs"))):
    name = os.path.basename(f)
    with open(f, encoding="utf-8") as fh:
        src = fh.read()
    for m in LIT.finditer(src):
        s = m.group(1)
        if "\\" in s or "{" in s:
            continue
        if "docref" in name or "doc" in name:
            ts = ["doc_ref", "doc_id"] if ID.fullmatch(s.strip()) else ["doc_ref"]
        elif "person" in name:
            ts = ["person"]
        else:
            ts = ["date", "doc_ref", "person"]
        for t in ts:
            seeds[t].add(s)
        for idm in ID.finditer(s):
            seeds["doc_id"].add(idm.group(0))

for t in targets:
    d = os.path.join(out, t)
    os.makedirs(d, exist_ok=True)
    n = 0
    for s in sorted(seeds[t]):
        b = s.encode("utf-8")
        if not b or len(b) > MAX:
            continue
        with open(os.path.join(d, hashlib.sha1(b).hexdigest()), "wb") as fh:
            fh.write(b)
        n += 1
    print(f"{t}: {n} seeds -> {d}")
PY
