#!/bin/sh
# Twin stand-in for /usr/lib/one/onegate/onegate-server.rb, run as "/usr/bin/ruby <this>"
# (the stand-in ruby runs it with sh). Needs onegate_auth; binds :host: from
# /etc/one/onegate-server.conf on port 5030.
set -eu
export TWIN_MODULE=OneGate
# shellcheck source=/dev/null
. /usr/lib/one/twin/twin-common.sh
twin_serveradmin_check "$ONE_AUTH_DIR/onegate_auth"
twin_log "OneGate server starting (twin)"
twin_serve "$(twin_yaml_host /etc/one/onegate-server.conf 127.0.0.1)" 5030
