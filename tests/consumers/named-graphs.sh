#!/usr/bin/env bash
# N-Quads and TriG, read by Jena ARQ: one named graph per source file of the
# corpus (<base>file/NAME), plus <base>corpus for the corpus-wide links
# (rg:draftOf evidence, series) that no single file states, no other graph, and
# the same graphs with the same number of statements in both.
# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"

query="$out/named-graphs.rq"
cat > "$query" <<'SPARQL'
SELECT ?g (COUNT(*) AS ?statements) WHERE {
  { GRAPH ?g { ?s ?p ?o } }
  UNION
  { ?s ?p ?o BIND("(default graph)" AS ?g) }
}
GROUP BY ?g
SPARQL

# The graphs there must be: one per *.txt and *.md file of the corpus.
find "$RESOGRAPH_CORPUS" -type f \( -name '*.txt' -o -name '*.md' \) -printf '%f\n' \
  | sed "s|^|${base}file/|" > "$out/graphs.list"
{ cat "$out/graphs.list"; echo "${base}corpus"; } | sort > "$out/graphs.expected"
[ -s "$out/graphs.list" ] || fail "no *.txt or *.md file in $RESOGRAPH_CORPUS"

failed=0
for format in nquads trig; do
  file=$(graph_file "$format")
  status=0
  "$jena" arq.sparql --data "$file" --query "$query" --results=csv > "$out/graphs-$format.raw" 2> "$out/graphs-$format.err" || status=$?
  if [ "$status" -ne 0 ]; then
    cat "$out/graphs-$format.err" >&2
    fail "arq.sparql exited with $status on $file"
  fi
  sorted_csv < "$out/graphs-$format.raw" | tail -n +2 > "$out/graphs-$format.csv"
  grep -v '^(default graph),' "$out/graphs-$format.csv" | cut -d, -f1 > "$out/graphs-$format.names" || true
  if ! cmp -s "$out/graphs.expected" "$out/graphs-$format.names"; then
    echo "FAIL: the named graphs of $file are not one per source file (< expected, > $format):" >&2
    diff "$out/graphs.expected" "$out/graphs-$format.names" >&2 || true
    failed=1
  fi
  echo "$format: $(wc -l < "$out/graphs-$format.names") named graphs; statements per graph:"
  sed 's/^/  /' "$out/graphs-$format.csv"
done
if ! cmp -s "$out/graphs-nquads.csv" "$out/graphs-trig.csv"; then
  echo "FAIL: N-Quads and TriG differ in graphs or statement counts (< nquads, > trig):" >&2
  diff "$out/graphs-nquads.csv" "$out/graphs-trig.csv" >&2 || true
  failed=1
fi
exit "$failed"
