#!/usr/bin/env bash
# Fixture: builds the graph of the corpus in the four formats into
# $RESOGRAPH_CONSUMERS_OUT/graph.{ttl,nt,nq,trig}; the other tests read them.
#   build.sh [DIR [RESOGRAPH OPTIONS...]]   (deterministic.sh builds a second copy)
# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"

dir=${1:-$out}
shift $(( $# > 0 ? 1 : 0 ))
mkdir -p "$dir"
for format in "${formats[@]}"; do
  file="$dir/graph.${extension[$format]}"
  rm -f "$file"
  status=0
  "$RESOGRAPH" build "$RESOGRAPH_CORPUS" -o "$file" -f "$format" -q "$@" || status=$?
  [ "$status" -eq 0 ] || fail "resograph build $RESOGRAPH_CORPUS -f $format $* exited with $status"
  [ -s "$file" ] || fail "resograph wrote no $format graph to $file"
  echo "built $file ($(wc -c < "$file") bytes)"
done
