#!/usr/bin/env bash
# serdi (Serd's strict reader) parses each of the four files, and all four
# carry the same set of triples (N-Quads and TriG once their graph names are
# dropped).
# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"
command -v serdi >/dev/null || fail "serdi is not installed (Debian package serdi)"

work="$out/serdi"
mkdir -p "$work"
failed=0
for format in "${formats[@]}"; do
  file=$(graph_file "$format")
  if ! serdi -q -i "$format" -o ntriples "$file" > "$work/$format.nt" 2> "$work/$format.err"; then
    echo "FAIL: serdi -i $format $file:" >&2
    head -20 "$work/$format.err" >&2
    failed=1
    continue
  fi
  sort -u "$work/$format.nt" > "$work/$format.sorted.nt"
  echo "serdi -i $format: $(wc -l < "$work/$format.sorted.nt") distinct triples"
done
[ "$failed" -eq 0 ] || exit 1

for format in ntriples nquads trig; do
  if ! cmp -s "$work/turtle.sorted.nt" "$work/$format.sorted.nt"; then
    echo "FAIL: the $format graph does not hold the same triples as the Turtle graph (< turtle, > $format):" >&2
    diff "$work/turtle.sorted.nt" "$work/$format.sorted.nt" | head -20 >&2 || true
    failed=1
  fi
done
[ "$failed" -eq 0 ] || exit 1
echo "the four formats hold the same triples"
