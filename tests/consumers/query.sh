#!/usr/bin/env bash
# Runs one example query (examples/queries/NAME.rq) with Jena ARQ over the
# Turtle graph and the ontology, and compares its CSV results, rows sorted,
# with examples/queries/NAME.expected.
#   query.sh NAME
# RESOGRAPH_UPDATE_EXPECTED=1 writes NAME.expected from the current graph
# instead; check every row against the source documents before committing it.
# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"

name=${1:?usage: query.sh NAME}
query="$queries/$name.rq"
expected="$queries/$name.expected"
[ -f "$query" ] || fail "no query $query"
actual="$out/query-$name.csv"
graph=$(graph_file turtle)
status=0
"$jena" arq.sparql --data "$graph" --data "$ontology" --query "$query" --results=csv \
  > "$out/query-$name.raw" 2> "$out/query-$name.err" || status=$?
if [ "$status" -ne 0 ]; then
  cat "$out/query-$name.err" >&2
  fail "arq.sparql exited with $status on $query"
fi
sorted_csv < "$out/query-$name.raw" > "$actual"

if [ "${RESOGRAPH_UPDATE_EXPECTED:-}" = 1 ]; then
  cp "$actual" "$expected"
  echo "wrote $expected ($(($(wc -l < "$actual") - 1)) rows): check them against the documents"
  exit 0
fi
[ -f "$expected" ] || fail "no $expected (RESOGRAPH_UPDATE_EXPECTED=1 writes it)"
if ! cmp -s "$expected" "$actual"; then
  echo "FAIL: $name.rq does not give $name.expected (< expected, > actual):" >&2
  diff "$expected" "$actual" >&2 || true
  exit 1
fi
echo "$name.rq: $(($(wc -l < "$actual") - 1)) rows as expected"
