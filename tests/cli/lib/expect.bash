# Helpers of the bad-input checks (sourced; needs $tmp): a command's exit code and message,
# and an earlier output a failed run must leave as it was.
fail() {
  echo "$*" >&2
  exit 1
}
# run CODE PATTERN COMMAND...: that exit code and PATTERN (grep -E) on stderr; PATTERN
# "quiet" wants nothing on stderr. Never "internal error".
run() {
  local code=$1 pattern=$2 status=0
  shift 2
  "$@" > "$tmp/out" 2> "$tmp/err" || status=$?
  ! grep -q 'internal error' "$tmp/err" || fail "internal error from: $*: $(cat "$tmp/err")"
  if [ "$pattern" = quiet ]; then
    [ "$status" = "$code" ] && [ ! -s "$tmp/err" ] ||
      fail "expected exit $code and no message from: $*; got $status: $(head -c 2000 "$tmp/err")"
    return
  fi
  [ "$status" = "$code" ] && grep -Eq -- "$pattern" "$tmp/err" ||
    fail "expected exit $code and /$pattern/ from: $*; got $status: $(head -c 2000 "$tmp/err")"
}
echo '{"earlier": "output"}' > "$tmp/earlier.json"
unchanged() {
  [ "$(cat "$tmp/earlier.json")" = '{"earlier": "output"}' ] || fail "output replaced after: $*"
}
