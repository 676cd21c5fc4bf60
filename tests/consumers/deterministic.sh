#!/usr/bin/env bash
# Two builds are byte-identical: a second build of the corpus, on one thread
# (-j 1) while the fixture used all cores, gives the same bytes in every format.
# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"
here=$(dirname "$0")

second="$out/second"
rm -rf "$second"
bash "$here/build.sh" "$second" -j 1 > /dev/null
failed=0
for format in "${formats[@]}"; do
  first=$(graph_file "$format")
  again="$second/graph.${extension[$format]}"
  if cmp -s "$first" "$again"; then
    echo "$format: byte-identical ($(wc -c < "$first") bytes)"
  else
    echo "FAIL: two builds of the $format graph differ: $(cmp "$first" "$again" 2>&1 | head -1)" >&2
    diff "$first" "$again" | head -20 >&2 || true
    failed=1
  fi
done
exit "$failed"
