#!/bin/sh
# OpenNebula 7.0 front-end: configure from the environment, then exec the command
# (supervisord). See docker/README.md for the variables.
#
# First boot is decided by the database state (no non-empty one.db for sqlite, no
# tables in DB_NAME for mysql), never by files an earlier, partial start may have left.
# Only then is /var/lib/one/.one/one_auth written. The serveradmin auth files
# (sunstone_auth, oneflow_auth, onegate_auth) are created by oned itself and are never
# written here.
set -eu

ONE_VAR=/var/lib/one
ONE_ETC=/etc/one
ONE_AUTH_DIR="$ONE_VAR/.one"
REMOTES_DIST=/usr/share/one/remotes.dist
ONED_LOCK=/var/lock/one/one
SERVER_AUTH_FILES="sunstone_auth oneflow_auth onegate_auth"

die() {
    printf 'entrypoint: %s\n' "$*" >&2
    exit 1
}

say() {
    printf 'entrypoint: %s\n' "$*"
}

# Anything but supervisord (a shell, a one-off CLI call) runs without configuration.
case "${1:-}" in
    supervisord | */supervisord) ;;
    *) exec "$@" ;;
esac

[ "$(id -u)" = 0 ] || die "must start as root (supervisord runs the services as oneadmin)"
getent passwd oneadmin >/dev/null || die "user oneadmin does not exist in this image"

# value_of NAME IS_SET VALUE FILE_IS_SET FILE: the value of $NAME, or the contents of
# the file named by $NAME_FILE (callers pass both as arguments, so no eval). Sets VALUE
# and VALUE_SET (1 when either was given). Both at once is an error.
value_of() {
    VALUE=
    VALUE_SET=
    if [ -n "$2" ] && [ -n "$4" ]; then
        die "set $1 or $1_FILE, not both"
    fi
    if [ -n "$4" ]; then
        [ -n "$5" ] || die "$1_FILE is empty"
        if [ ! -f "$5" ] || [ ! -r "$5" ]; then
            die "$1_FILE: cannot read '$5'"
        fi
        VALUE=$(cat "$5")
        VALUE_SET=1
        [ -n "$VALUE" ] || die "$1_FILE: '$5' is empty"
    elif [ -n "$2" ]; then
        VALUE=$3
        VALUE_SET=1
        [ -n "$VALUE" ] || die "$1 is empty"
    fi
}

# check_text NAME VALUE: refuse characters oned.conf, one_auth or my.cnf cannot carry.
# The value itself is never printed (it may be a secret).
check_text() {
    case "$2" in
        *'"'* | *\\* | *"
"*)
            die "$1 must not contain double quotes, backslashes or newlines" ;;
    esac
}

# ---- read and validate the whole environment before changing anything ----

value_of ONEADMIN_PASSWORD "${ONEADMIN_PASSWORD+1}" "${ONEADMIN_PASSWORD-}" \
    "${ONEADMIN_PASSWORD_FILE+1}" "${ONEADMIN_PASSWORD_FILE-}"
ONEADMIN_PASSWORD_VALUE=$VALUE
ONEADMIN_PASSWORD_GIVEN=$VALUE_SET
[ -z "$ONEADMIN_PASSWORD_GIVEN" ] || check_text ONEADMIN_PASSWORD "$ONEADMIN_PASSWORD_VALUE"

DB_BACKEND=${DB_BACKEND:-sqlite}
case "$DB_BACKEND" in
    sqlite | mysql) ;;
    *) die "DB_BACKEND must be sqlite or mysql, got '$DB_BACKEND'" ;;
esac

DB_WAIT_TIMEOUT=${DB_WAIT_TIMEOUT:-120}
case "$DB_WAIT_TIMEOUT" in
    '' | *[!0-9]*) die "DB_WAIT_TIMEOUT must be a number of seconds, got '$DB_WAIT_TIMEOUT'" ;;
esac

if [ "$DB_BACKEND" = mysql ]; then
    DB_HOST=${DB_HOST:-}
    [ -n "$DB_HOST" ] || die "DB_HOST is required when DB_BACKEND=mysql"
    case "$DB_HOST" in
        *[!A-Za-z0-9._:-]*) die "DB_HOST must be a host name or IP address, got '$DB_HOST'" ;;
    esac
    DB_PORT=${DB_PORT:-3306}
    case "$DB_PORT" in
        '' | *[!0-9]*) die "DB_PORT must be a port number, got '$DB_PORT'" ;;
    esac
    if [ "$DB_PORT" -lt 1 ] || [ "$DB_PORT" -gt 65535 ]; then
        die "DB_PORT must be between 1 and 65535, got '$DB_PORT'"
    fi
    DB_USER=${DB_USER:-oneadmin}
    case "$DB_USER" in
        '' | *[!A-Za-z0-9._@-]*) die "DB_USER may only contain letters, digits and . _ @ -" ;;
    esac
    DB_NAME=${DB_NAME:-opennebula}
    case "$DB_NAME" in
        '' | *[!A-Za-z0-9_]*) die "DB_NAME may only contain letters, digits and _, got '$DB_NAME'" ;;
    esac
    value_of DB_PASSWORD "${DB_PASSWORD+1}" "${DB_PASSWORD-}" \
        "${DB_PASSWORD_FILE+1}" "${DB_PASSWORD_FILE-}"
    [ -n "$VALUE_SET" ] || die "DB_PASSWORD or DB_PASSWORD_FILE is required when DB_BACKEND=mysql"
    DB_PASSWORD_VALUE=$VALUE
    check_text DB_PASSWORD "$DB_PASSWORD_VALUE"
fi

[ -f "$ONE_ETC/oned.conf" ] || die "$ONE_ETC/oned.conf is missing"

# ---- helpers that change files only when their content changes ----

# install_if_changed NEW TARGET: replace TARGET's content with NEW's (keeping TARGET's
# owner and mode) only when they differ, so a restart with the same environment leaves
# every file byte-identical and untouched.
install_if_changed() {
    if cmp -s "$1" "$2"; then
        rm -f "$1"
    else
        cat "$1" >"$2"
        rm -f "$1"
        say "updated $2"
    fi
}

# oned_db_block: the DB = [ ... ] section for the selected backend.
oned_db_block() {
    if [ "$DB_BACKEND" = sqlite ]; then
        printf '%s\n' 'DB = [ BACKEND = "sqlite",' '       TIMEOUT = 2500 ]'
    else
        printf 'DB = [ BACKEND = "mysql",\n'
        printf '       SERVER  = "%s",\n' "$DB_HOST"
        printf '       PORT    = %s,\n' "$DB_PORT"
        printf '       USER    = "%s",\n' "$DB_USER"
        printf '       PASSWD  = "%s",\n' "$DB_PASSWORD_VALUE"
        printf '       DB_NAME = "%s",\n' "$DB_NAME"
        printf '       CONNECTIONS = 25,\n'
        printf '       COMPARE_BINARY = "no" ]\n'
    fi
}

# configure_oned: replace the active DB = [ ... ] section (commented examples are left
# alone) and send oned's log to stderr (LOG SYSTEM = "std") so supervisord collects it.
configure_oned() {
    _conf="$ONE_ETC/oned.conf"
    _block=$(mktemp)
    _new=$(mktemp)
    oned_db_block >"$_block"
    awk -v blockfile="$_block" '
        function emit_block(   line) {
            while ((getline line < blockfile) > 0) print line
            close(blockfile)
        }
        in_db {
            if (index($0, "]") > 0) in_db = 0
            next
        }
        /^[ \t]*DB[ \t]*=[ \t]*\[/ {
            if (!done) { emit_block(); done = 1 }
            if (index($0, "]") == 0) in_db = 1
            next
        }
        /^[ \t]*LOG[ \t]*=[ \t]*\[/ { in_log = 1 }
        in_log && /^[ \t]*SYSTEM[ \t]*=/ { sub(/"[^"]*"/, "\"std\"") }
        in_log && index($0, "]") > 0 { in_log = 0 }
        { print }
        END { if (!done) { print ""; emit_block() } }
    ' "$_conf" >"$_new"
    rm -f "$_block"
    install_if_changed "$_new" "$_conf"
}

# listen_everywhere FILE: set the YAML ":host:" key to 0.0.0.0.
listen_everywhere() {
    [ -f "$1" ] || die "$1 is missing"
    _new=$(mktemp)
    sed 's/^:host:.*$/:host: 0.0.0.0/' "$1" >"$_new"
    install_if_changed "$_new" "$1"
}

# ---- MySQL: wait for the server, then look at the database state ----

MYSQL_CNF=
cleanup() {
    [ -z "$MYSQL_CNF" ] || rm -f "$MYSQL_CNF"
}
trap cleanup EXIT
trap 'exit 143' TERM
trap 'exit 130' INT

mysql_client_file() {
    MYSQL_CNF=$(umask 077 && mktemp)
    {
        printf '[client]\n'
        printf 'host="%s"\n' "$DB_HOST"
        printf 'port=%s\n' "$DB_PORT"
        printf 'user="%s"\n' "$DB_USER"
        printf 'password="%s"\n' "$DB_PASSWORD_VALUE"
        printf 'connect-timeout=5\n'
    } >"$MYSQL_CNF"
}

wait_for_mysql() {
    command -v mysqladmin >/dev/null || die "mysqladmin is missing from this image"
    say "waiting up to ${DB_WAIT_TIMEOUT}s for MySQL at $DB_HOST:$DB_PORT"
    _start=$(date +%s)
    until mysqladmin --defaults-extra-file="$MYSQL_CNF" --protocol=tcp ping >/dev/null 2>&1; do
        _now=$(date +%s)
        if [ $((_now - _start)) -ge "$DB_WAIT_TIMEOUT" ]; then
            die "MySQL at $DB_HOST:$DB_PORT did not accept connections within ${DB_WAIT_TIMEOUT}s"
        fi
        sleep 2
    done
    say "MySQL at $DB_HOST:$DB_PORT is up"
}

mysql_table_count() {
    mysql --defaults-extra-file="$MYSQL_CNF" --protocol=tcp -N -B -e \
        "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$DB_NAME'" 2>/dev/null
}

if [ "$DB_BACKEND" = mysql ]; then
    mysql_client_file
    wait_for_mysql
    TABLES=$(mysql_table_count) || die "cannot read the table list of database '$DB_NAME' on $DB_HOST:$DB_PORT as '$DB_USER'"
    case "$TABLES" in
        '' | *[!0-9]*) die "unexpected answer from MySQL while counting the tables of '$DB_NAME'" ;;
    esac
    if [ "$TABLES" -eq 0 ]; then FIRST_BOOT=1; else FIRST_BOOT=; fi
else
    if [ -s "$ONE_VAR/one.db" ]; then FIRST_BOOT=; else FIRST_BOOT=1; fi
fi

if [ -n "$FIRST_BOOT" ]; then
    [ -n "$ONEADMIN_PASSWORD_GIVEN" ] || die "ONEADMIN_PASSWORD or ONEADMIN_PASSWORD_FILE is required on first start (no $DB_BACKEND database yet)"
    for _f in $SERVER_AUTH_FILES; do
        if [ -e "$ONE_AUTH_DIR/$_f" ]; then
            die "$ONE_AUTH_DIR/$_f exists but the $DB_BACKEND database is empty: it belongs to another database; restore that database or remove $ONE_AUTH_DIR/*_auth except one_auth"
        fi
    done
fi

# ---- directories, remotes, stale lock ----

mkdir -p /var/lock/one /run/one /var/log/one "$ONE_AUTH_DIR" "$ONE_VAR/datastores"
chown oneadmin:oneadmin /var/lock/one /run/one /var/log/one "$ONE_VAR" "$ONE_AUTH_DIR" "$ONE_VAR/datastores"
chmod 0700 "$ONE_AUTH_DIR"

if [ -d "$REMOTES_DIST" ] && [ -z "$(ls -A "$ONE_VAR/remotes" 2>/dev/null)" ]; then
    mkdir -p "$ONE_VAR/remotes"
    cp -a "$REMOTES_DIST/." "$ONE_VAR/remotes/"
    chown -R oneadmin:oneadmin "$ONE_VAR/remotes"
    say "restored $ONE_VAR/remotes from $REMOTES_DIST"
fi

# oneadmin's SSH key (to reach hypervisor hosts) is made per installation, never shipped.
if command -v ssh-keygen >/dev/null && [ ! -e "$ONE_VAR/.ssh/id_rsa" ]; then
    mkdir -p "$ONE_VAR/.ssh"
    chown oneadmin:oneadmin "$ONE_VAR/.ssh"
    chmod 0700 "$ONE_VAR/.ssh"
    su -s /bin/sh -c 'ssh-keygen -q -t rsa -b 4096 -N "" -f /var/lib/one/.ssh/id_rsa' oneadmin
    if [ ! -e "$ONE_VAR/.ssh/authorized_keys" ]; then
        (umask 077 && cp "$ONE_VAR/.ssh/id_rsa.pub" "$ONE_VAR/.ssh/authorized_keys")
        chown oneadmin:oneadmin "$ONE_VAR/.ssh/authorized_keys"
    fi
    say "created oneadmin's SSH key $ONE_VAR/.ssh/id_rsa"
fi

if [ -e "$ONED_LOCK" ]; then
    rm -f "$ONED_LOCK"
    say "removed stale oned lock $ONED_LOCK"
fi

# ---- configuration files ----

configure_oned
listen_everywhere "$ONE_ETC/oneflow-server.conf"
listen_everywhere "$ONE_ETC/onegate-server.conf"

# ---- credentials: one_auth before the first bootstrap only ----

if [ -n "$FIRST_BOOT" ]; then
    _new=$(umask 077 && mktemp "$ONE_AUTH_DIR/.one_auth.XXXXXX")
    (umask 077 && printf 'oneadmin:%s\n' "$ONEADMIN_PASSWORD_VALUE" >"$_new")
    chown oneadmin:oneadmin "$_new"
    chmod 0600 "$_new"
    mv -f "$_new" "$ONE_AUTH_DIR/one_auth"
    say "first start: wrote $ONE_AUTH_DIR/one_auth for the oneadmin bootstrap"
elif [ -n "$ONEADMIN_PASSWORD_GIVEN" ]; then
    say "database exists: ONEADMIN_PASSWORD is ignored (change it with 'oneuser passwd' and update one_auth)"
fi

unset ONEADMIN_PASSWORD ONEADMIN_PASSWORD_VALUE DB_PASSWORD DB_PASSWORD_VALUE VALUE
cleanup
MYSQL_CNF=
trap - EXIT TERM INT

exec "$@"
