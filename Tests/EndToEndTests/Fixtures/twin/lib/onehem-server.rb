#!/bin/sh
# Twin stand-in for /usr/lib/one/onehem/onehem-server.rb (the Hook Execution Manager), run
# as "/usr/bin/ruby <this>". Like the real one: reads /etc/one/onehem-server.conf, logs to
# the fixed file /var/log/one/onehem.log, logs in to oned as oneadmin (one_auth via
# $ONE_AUTH or ~/.one/one_auth) to load the hooks, retrying while oned is not up yet.
set -eu
export TWIN_MODULE=onehem
# shellcheck source=/dev/null
. /usr/lib/one/twin/twin-common.sh

conf=/etc/one/onehem-server.conf
log=/var/log/one/onehem.log
[ -r "$conf" ] || { echo "Error loading $conf: No such file or directory" >&2; exit 1; }
grep -q "^:subscriber_endpoint:" "$conf" || { echo "Error loading $conf: no :subscriber_endpoint:" >&2; exit 1; }

# The real onehem logs through Ruby's Logger into this file, never to stdout.
exec >>"$log" 2>&1

[ "$(id -un)" = oneadmin ] || twin_fail "onehem must run as oneadmin, not $(id -un)"
auth=${ONE_AUTH:-${HOME:-/nonexistent}/.one/one_auth}
[ -r "$auth" ] || auth=/var/lib/one/.one/one_auth
twin_log "Loading Hooks..."
tries=0
until busybox wget -q -O /dev/null http://127.0.0.1:2633/RPC2 2>/dev/null; do
    tries=$((tries + 1))
    [ "$tries" -lt 300 ] || twin_fail "Cannot get hook information: oned is not answering"
    sleep 0.5
done
twin_oneadmin_check "$auth"
twin_log "Hooks successfully loaded"

trap 'twin_log "Stopping Hook Execution Manager"; exit 0' TERM INT
while :; do
    sleep 1 &
    wait $! || true
done
