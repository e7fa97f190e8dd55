#!/bin/sh
# Twin stand-in for /usr/lib/one/oneflow/oneflow-server.rb, run as "/usr/bin/ruby <this>"
# (the stand-in ruby runs it with sh). Needs oneflow_auth; binds :host: from
# /etc/one/oneflow-server.conf on port 2474.
set -eu
export TWIN_MODULE=OneFlow
# shellcheck source=/dev/null
. /usr/lib/one/twin/twin-common.sh
twin_serveradmin_check "$ONE_AUTH_DIR/oneflow_auth"
twin_log "OneFlow server starting (twin)"
twin_serve "$(twin_yaml_host /etc/one/oneflow-server.conf 127.0.0.1)" 2474
