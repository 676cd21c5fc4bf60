#!/usr/bin/env bash
# Jena SHACL validates the Turtle graph against ontology/shapes.ttl (SHACL Core
# and the SHACL-SPARQL check that every citation records an asserted triple).
# The data graph is the graph merged with ontology/resograph.ttl, because
# sh:class and sh:targetClass follow rdfs:subClassOf in the data graph only.
# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"

merged="$out/merged.ttl"
report="$out/shacl-report.txt"
graph=$(graph_file turtle)
cat "$ontology" "$graph" > "$merged"
status=0
"$jena" shacl.shacl validate --text --shapes "$shapes" --data "$merged" > "$report" 2> "$out/shacl.err" || status=$?
[ "$status" -eq 0 ] || { cat "$out/shacl.err" >&2; fail "shacl validate exited with $status"; }

if [ "$(head -1 "$report")" != "Conforms" ]; then
  # The text report: "Node=…", then indented "Path=…", "Value: …", "Message: …".
  summary=$(awk '
    function flush() { if (node != "") { n++; key = path " | " value " | " substr(msg, 1, 160); count[key]++
                         if (!(key in example)) example[key] = node } }
    /^Node=/       { flush(); node = substr($0, 6); path = "-"; value = "-"; msg = "" }
    /^  Path=/     { path = substr($0, 8) }
    /^  Value: /   { value = substr($0, 10) }
    /^  Message: / { msg = substr($0, 12) }
    END { flush(); print n " results; by path | value | message (count, one focus node):"
          for (k in count) printf "%6d  %s\n        e.g. %s\n", count[k], k, example[k] }' "$report")
  echo "FAIL: the graph does not conform to ontology/shapes.ttl (full report: $report)" >&2
  echo "$summary" >&2
  exit 1
fi
echo "SHACL: the graph conforms to ontology/shapes.ttl"
