#!/usr/bin/env bash
# Every rg:Citation points at the characters that state its relation: read by
# Jena ARQ, its rg:quote is the source file's bytes [rg:startOffset,
# rg:endOffset), inside the byte span of its paragraph (rg:statedIn), and its
# oa:TextPositionSelector selects the same words in characters (code points).
# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"

graph=$(graph_file turtle)
query="$out/provenance.rq"
cat > "$query" <<'SPARQL'
PREFIX rg: <https://w3id.org/resograph/ns#>
PREFIX oa: <http://www.w3.org/ns/oa#>
SELECT ?citation ?file ?paragraphStart ?paragraphEnd ?start ?end ?quote ?charStart ?charEnd WHERE {
  ?citation a rg:Citation .
  OPTIONAL {
    ?citation rg:statedIn ?paragraph .
    ?holder rg:paragraph ?paragraph ; rg:sourceFile ?file .
    ?paragraph rg:startOffset ?paragraphStart ; rg:endOffset ?paragraphEnd .
  }
  OPTIONAL { ?citation rg:startOffset ?start }
  OPTIONAL { ?citation rg:endOffset ?end }
  OPTIONAL { ?citation rg:quote ?quote }
  OPTIONAL { ?citation oa:hasSelector ?selector . ?selector oa:start ?charStart ; oa:end ?charEnd }
}
SPARQL
status=0
"$jena" arq.sparql --data "$graph" --query "$query" --results=csv > "$out/provenance.csv" 2> "$out/provenance.err" || status=$?
[ "$status" -eq 0 ] || { cat "$out/provenance.err" >&2; fail "arq.sparql exited with $status"; }

command -v python3 >/dev/null || fail "python3 is not installed"
python3 - "$out/provenance.csv" "$RESOGRAPH_CORPUS" <<'PYTHON'
import csv, os, sys
from collections import Counter

results, corpus = sys.argv[1], sys.argv[2]
files = {}
for root, _, names in os.walk(corpus):
    for name in names:
        files.setdefault(name, os.path.join(root, name))
sources = {}
problems = Counter()
examples = []

def problem(kind, row, detail):
    problems[kind] += 1
    if len(examples) < 10:
        examples.append(f"{kind}: {row['citation']}: {detail}")

with open(results, newline="", encoding="utf-8") as f:
    rows = list(csv.DictReader(f))
for row in rows:
    name = row["file"]
    if not name:
        problem("no paragraph with a source file (rg:statedIn)", row, "")
        continue
    if name not in sources:
        if name not in files:
            problem("source file not in the corpus", row, name)
            continue
        data = open(files[name], "rb").read()
        sources[name] = (data, data.decode("utf-8"))
    data, text = sources[name]
    if not (row["start"] and row["end"] and row["quote"]):
        problem("no rg:startOffset, rg:endOffset or rg:quote", row, "")
        continue
    start, end = int(row["start"]), int(row["end"])
    quote = row["quote"]
    if data[start:end] != quote.encode("utf-8"):
        problem("rg:quote is not the bytes at its offsets", row,
                f"quote {quote!r}, bytes [{start},{end}) {data[start:end]!r}")
    if not (int(row["paragraphStart"]) <= start <= end <= int(row["paragraphEnd"])):
        problem("quote outside its paragraph", row,
                f"[{start},{end}) not in [{row['paragraphStart']},{row['paragraphEnd']})")
    if row["charStart"] and row["charEnd"]:
        selected = text[int(row["charStart"]):int(row["charEnd"])]
        if selected != quote:
            problem("oa:TextPositionSelector does not select the quote", row,
                    f"quote {quote!r}, characters [{row['charStart']},{row['charEnd']}) {selected!r}")
    else:
        problem("no oa:TextPositionSelector", row, "")

if not rows:
    print("FAIL: the graph has no rg:Citation", file=sys.stderr)
    sys.exit(1)
if problems:
    print(f"FAIL: {sum(problems.values())} problems in {len(rows)} citations:", file=sys.stderr)
    for kind, count in problems.most_common():
        print(f"{count:6d}  {kind}", file=sys.stderr)
    print("\n".join(examples), file=sys.stderr)
    sys.exit(1)
print(f"{len(rows)} citations: quotes, byte offsets, paragraphs and character selectors agree with the sources")
PYTHON
