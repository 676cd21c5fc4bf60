# shellcheck shell=bash disable=SC2034
# Sourced by the consumer tests (tests/consumers/*.sh). CTest sets:
#   RESOGRAPH              the resograph binary
#   RESOGRAPH_SOURCE_DIR   the project (scripts/jena, ontology/, examples/queries/)
#   RESOGRAPH_CORPUS       the corpus to build (../shared/corpus)
#   RESOGRAPH_CONSUMERS_OUT  where the graph is built, one file per format
#   RESOGRAPH_JENA_CACHE   where scripts/jena keeps its class-path overlay
set -euo pipefail
export LC_ALL=C

: "${RESOGRAPH:?set RESOGRAPH to the resograph binary}"
: "${RESOGRAPH_SOURCE_DIR:?set RESOGRAPH_SOURCE_DIR to the project folder}"
: "${RESOGRAPH_CORPUS:?set RESOGRAPH_CORPUS to the corpus folder}"
: "${RESOGRAPH_CONSUMERS_OUT:?set RESOGRAPH_CONSUMERS_OUT to a scratch folder}"

out=$RESOGRAPH_CONSUMERS_OUT
jena="$RESOGRAPH_SOURCE_DIR/scripts/jena"
ontology="$RESOGRAPH_SOURCE_DIR/ontology/resograph.ttl"
shapes="$RESOGRAPH_SOURCE_DIR/ontology/shapes.ttl"
queries="$RESOGRAPH_SOURCE_DIR/examples/queries"
# The default base of data IRIs (resograph --base).
base="https://w3id.org/resograph/id/"

# resograph's format names and the extensions the consumers guess syntax from.
formats=(turtle ntriples nquads trig)
declare -A extension=([turtle]=ttl [ntriples]=nt [nquads]=nq [trig]=trig)

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

# The graph of the corpus in FORMAT, as built by build.sh (the test fixture).
graph_file() {
  local file="$out/graph.${extension[$1]}"
  [ -s "$file" ] || fail "$file is missing or empty: the consumers.build fixture did not run or failed"
  printf '%s\n' "$file"
}

# Jena's CSV results (CRLF lines) as LF lines: the header, then the rows sorted.
sorted_csv() {
  tr -d '\r' | { IFS= read -r header || true; printf '%s\n' "$header"; sort; }
}
