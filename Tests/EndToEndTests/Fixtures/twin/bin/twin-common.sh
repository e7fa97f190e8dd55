# shellcheck shell=sh
# Shared by the twin's stand-in daemons (sourced, not executed). POSIX sh.
export ONE_VAR=/var/lib/one
export ONE_AUTH_DIR=/var/lib/one/.one
export ONE_DB=/var/lib/one/one.db
export TWIN_WWW=/usr/share/one/twin/www
# The database schema version OpenNebula 7.0.x requires (onedb's LATEST_DB_VERSION).
export TWIN_DB_VERSION=7.0.0

# Log lines shaped like OpenNebula's: "<date> [Z0][<MOD>][<LEVEL>]: <message>".
twin_log() {
    printf '%s [Z0][%s][I]: %s\n' "$(date '+%a %b %e %H:%M:%S %Y')" "$TWIN_MODULE" "$*"
}

twin_fail() {
    printf '%s [Z0][%s][E]: %s\n' "$(date '+%a %b %e %H:%M:%S %Y')" "$TWIN_MODULE" "$*" >&2
    exit 1
}

# twin_yaml_host FILE DEFAULT: the value of a YAML ":host:" or "host:" key.
twin_yaml_host() {
    _h=$(sed -n "s/^:\{0,1\}host:[[:space:]]*'\{0,1\}\([^' ]*\)'\{0,1\}.*/\1/p" "$1" | head -n 1)
    printf '%s\n' "${_h:-$2}"
}

# twin_serveradmin_check FILE: the service's serveradmin secret must be the one oned
# stored in its database at bootstrap, as the real services must log in with it.
twin_serveradmin_check() {
    [ -s "$1" ] || twin_fail "$1 not found or empty: cannot authenticate serveradmin"
    [ -s "$ONE_DB" ] || twin_fail "oned has no database ($ONE_DB)"
    _want=$(sed -n 's/^serveradmin://p' "$ONE_DB")
    _have=$(sed -n 's/^serveradmin://p' "$1")
    if [ -z "$_have" ] || [ "$_have" != "$_want" ]; then
        twin_fail "serveradmin in $1 does not match oned's database: authentication failed"
    fi
}

# twin_serve ADDR PORT: serve $TWIN_WWW over HTTP until SIGTERM/SIGINT, then exit 0.
twin_serve() {
    busybox httpd -f -p "$1:$2" -h "$TWIN_WWW" &
    _pid=$!
    trap 'twin_log "Caught signal, stopping"; kill "$_pid" 2>/dev/null || true; wait "$_pid" 2>/dev/null || true; twin_stopped; exit 0' TERM INT
    twin_log "Listening on $1:$2"
    wait "$_pid" || true
    twin_fail "HTTP listener on $1:$2 exited"
}

twin_stopped() { :; }

# twin_oneadmin_check FILE: FILE holds oneadmin's password as oned stored it at bootstrap.
twin_oneadmin_check() {
    [ -s "$1" ] || twin_fail "$1 not found or empty: cannot authenticate oneadmin"
    _want=$(sed -n 's/^oneadmin://p' "$ONE_DB")
    _have=$(sed -n 's/^oneadmin://p' "$1")
    if [ -z "$_have" ] || [ "$_have" != "$_want" ]; then
        twin_fail "[UserInfo] User couldn't be authenticated, aborting call."
    fi
}
