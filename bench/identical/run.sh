#!/bin/sh
# Confirms two claimex binaries write byte-identical records on every page
# of the boiler sets, every JSON Lines data set of the eval data, the seed
# articles and the repository's article corpus.
#   bench/identical/run.sh OLD_BIN NEW_BIN [EVAL_DATA_DIR]
set -u
old=$1 new=$2
data=${3:-../shared/eval/data}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
compare() { # name, then the extract arguments
	name=$1; shift
	"$old" extract --format jsonl "$@" >"$tmp/old" 2>"$tmp/old.err"
	"$new" extract --format jsonl "$@" >"$tmp/new" 2>"$tmp/new.err"
	# The summary line ends with the run's duration, which may differ.
	sed -i 's/ in [0-9.]*[a-zµ]*$//' "$tmp/old.err" "$tmp/new.err"
	if cmp -s "$tmp/old" "$tmp/new" && cmp -s "$tmp/old.err" "$tmp/new.err"; then
		echo "identical  $name ($(wc -l <"$tmp/new") records)"
	else
		echo "DIFFERENT  $name"
		status=1
	fi
}
for set in boiler-dev boiler-readability; do
	compare "$set" "$data/$set/html"
done
for f in "$data"/*.jsonl; do
	compare "$(basename "$f")" --input-format jsonl "$f"
done
compare seeds ../shared/seeds
compare testdata/articles testdata/articles
exit $status
