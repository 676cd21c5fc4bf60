#!/usr/bin/env bash
# Apache Jena's riot --validate (= --sink --check --strict) reads the four
# files in one JVM: syntax, IRIs, language tags and the lexical forms of typed
# literals ("27 sept"^^xsd:date fails here, while serdi accepts it).
# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"

files=()
for format in "${formats[@]}"; do
  file=$(graph_file "$format")
  files+=("$file")
done
log="$out/riot.log"
status=0
"$jena" riotcmd.riot --validate "${files[@]}" > "$log" 2>&1 || status=$?
if [ "$status" -ne 0 ] || [ -s "$log" ]; then
  echo "FAIL: riot --validate exited with $status; its report:" >&2
  head -40 "$log" >&2
  exit 1
fi
echo "riot --validate: ${files[*]} valid"
