#!/bin/sh
# Twin stand-in for /usr/lib/one/fireedge/dist/index.js, run as "/usr/bin/node <this>"
# (the stand-in node runs it with sh). Needs oned's sunstone_auth; port 2616.
set -eu
export TWIN_MODULE=FireEdge
# shellcheck source=/dev/null
. /usr/lib/one/twin/twin-common.sh
twin_serveradmin_check "$ONE_AUTH_DIR/sunstone_auth"
twin_log "Server listening on $(twin_yaml_host /etc/one/fireedge-server.conf 0.0.0.0):2616 (twin)"
twin_serve "$(twin_yaml_host /etc/one/fireedge-server.conf 0.0.0.0)" 2616
