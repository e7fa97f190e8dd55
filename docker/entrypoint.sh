#!/bin/sh
# OpenNebula 7.0 front-end: configure from the environment, then exec the command
# (supervisord). See docker/README.md for the variables.
#
# First boot is decided by the database state (no non-empty one.db for sqlite, no
# tables in DB_NAME for mysql), never by files an earlier, partial start may have left.
# Only then is /var/lib/one/.one/one_auth written. The serveradmin auth files
# (sunstone_auth, oneflow_auth, onegate_auth) are created by oned itself and are never
# written here.
#
# A volume last used by another OpenNebula version (older database schema, or remotes/
# from another release) is refused unless ONE_DB_UPGRADE=true: then the database is
# backed up, upgraded with onedb, and remotes/ is refreshed with the old copy kept.
set -eu

ONE_VAR=/var/lib/one
ONE_ETC=/etc/one
ONE_AUTH_DIR="$ONE_VAR/.one"
REMOTES_DIST=/usr/share/one/remotes.dist
ONED_LOCK=/var/lock/one/one
SERVER_AUTH_FILES="sunstone_auth oneflow_auth onegate_auth"
IMAGE_VERSION_FILE=/usr/share/one/image-version
VOLUME_VERSION_FILE="$ONE_VAR/.opennebula-version"
BACKUP_DIR="$ONE_VAR/backups"
GUACD=/usr/share/one/guacd/sbin/guacd

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

# check_one_line NAME VALUE: one_auth holds "oneadmin:<password>" on one line. oned reads
# that first line and splits it at the first ":", so quotes, backslashes and colons are
# fine; the CLI and the Ruby services strip trailing white space from the file, so a
# password may not end with it. The value itself is never printed (it may be a secret).
check_one_line() {
    case "$2" in
        *"
"*) die "$1 must be a single line (one_auth holds it on one line)" ;;
        *' ' | *'	' | *"$(printf '\r')") die "$1 must not end with white space (OpenNebula's tools strip it from one_auth)" ;;
    esac
}

# check_conf_text NAME VALUE: refuse what oned.conf's DB = [ ... ] block cannot carry. Its
# values are double-quoted strings without escapes, and onedb (which reads the block back
# to upgrade the database) deletes every backslash from them.
check_conf_text() {
    case "$2" in
        *'"'* | *\\* | *"
"*)
            die "$1 must not contain double quotes, backslashes or newlines: oned.conf's DB block holds it as a quoted string without escapes, and onedb drops backslashes when it reads it" ;;
    esac
}

# check_host NAME VALUE: a host name, an IPv4 address or an IPv6 address.
check_host() {
    case "$2" in
        '' | *[!A-Za-z0-9.:-]* | -* | .*) die "$1 must be a host name or IP address, got '$2'" ;;
    esac
}

# check_url NAME VALUE: http(s)://HOST[:PORT][/PATH], written into a quoted oned.conf value.
check_url() {
    case "$2" in
        http://?* | https://?*) ;;
        *) die "$1 must be an http:// or https:// URL such as http://one.example.com:5030, got '$2'" ;;
    esac
    case "$2" in
        *[!A-Za-z0-9._~:/%+@\[\]-]*) die "$1 may only contain letters, digits and . _ ~ : / % + @ [ ] -, got '$2'" ;;
    esac
    _rest=${2#*://}
    _hostport=${_rest%%/*}
    case "$_hostport" in
        \[*\]) _host=$_hostport _port= ;;
        \[*\]:*) _host=${_hostport%%]:*}] _port=${_hostport##*]:} ;;
        \[*) die "$1 has an unterminated [IPv6] address, got '$2'" ;;
        *:*) _host=${_hostport%:*} _port=${_hostport##*:} ;;
        *) _host=$_hostport _port= ;;
    esac
    case "$_host" in
        '' | *@* | *[!A-Za-z0-9.:\[\]-]*) die "$1 needs a host name or IP address after ://, got '$2'" ;;
    esac
    if [ -n "$_port" ] || [ "${_hostport%:}" != "$_hostport" ]; then
        case "$_port" in
            '' | *[!0-9]*) die "$1 has a bad port in '$2'" ;;
        esac
        if [ "$_port" -lt 1 ] || [ "$_port" -gt 65535 ]; then
            die "$1 port must be between 1 and 65535, got '$2'"
        fi
    fi
}

# ---- read and validate the whole environment before changing anything ----

value_of ONEADMIN_PASSWORD "${ONEADMIN_PASSWORD+1}" "${ONEADMIN_PASSWORD-}" \
    "${ONEADMIN_PASSWORD_FILE+1}" "${ONEADMIN_PASSWORD_FILE-}"
ONEADMIN_PASSWORD_VALUE=$VALUE
ONEADMIN_PASSWORD_GIVEN=$VALUE_SET
[ -z "$ONEADMIN_PASSWORD_GIVEN" ] || check_one_line ONEADMIN_PASSWORD "$ONEADMIN_PASSWORD_VALUE"

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
    check_conf_text DB_PASSWORD "$DB_PASSWORD_VALUE"
fi

case "${ONE_DB_UPGRADE:-false}" in
    true | yes | 1) ONE_DB_UPGRADE=true ;;
    false | no | 0 | '') ONE_DB_UPGRADE=false ;;
    *) die "ONE_DB_UPGRADE must be true or false, got '$ONE_DB_UPGRADE'" ;;
esac

ONEGATE_ENDPOINT=${ONEGATE_ENDPOINT:-}
[ -z "$ONEGATE_ENDPOINT" ] || check_url ONEGATE_ENDPOINT "$ONEGATE_ENDPOINT"
ONE_HOSTNAME=${ONE_HOSTNAME:-}
[ -z "$ONE_HOSTNAME" ] || check_host ONE_HOSTNAME "$ONE_HOSTNAME"
MONITOR_ADDRESS=${MONITOR_ADDRESS:-}
[ -z "$MONITOR_ADDRESS" ] || check_host MONITOR_ADDRESS "$MONITOR_ADDRESS"

[ -f "$ONE_ETC/oned.conf" ] || die "$ONE_ETC/oned.conf is missing"
if [ -n "$MONITOR_ADDRESS" ] && [ ! -f "$ONE_ETC/monitord.conf" ]; then
    die "MONITOR_ADDRESS is set but $ONE_ETC/monitord.conf is missing"
fi
[ -s "$IMAGE_VERSION_FILE" ] || die "$IMAGE_VERSION_FILE is missing: this image does not say which OpenNebula it ships"
IMAGE_VERSION=$(cat "$IMAGE_VERSION_FILE")

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
# alone), send oned's log to stderr (LOG SYSTEM = "std") so supervisord collects it, and
# set HOSTNAME and ONEGATE_ENDPOINT when their variables are given (the active line, or
# else the commented example, is replaced; unset leaves the file's own setting alone).
configure_oned() {
    _conf="$ONE_ETC/oned.conf"
    _block=$(mktemp)
    _new=$(mktemp)
    oned_db_block >"$_block"
    SET_HOSTNAME=$ONE_HOSTNAME SET_ONEGATE_ENDPOINT=$ONEGATE_ENDPOINT awk -v blockfile="$_block" '
        function emit_block(   line) {
            while ((getline line < blockfile) > 0) print line
            close(blockfile)
        }
        # setting(KEY): 2 for an active top-level "KEY =" line, 1 for a commented one, else 0.
        function setting(key) {
            if ($0 ~ ("^[ \t]*" key "[ \t]*=")) return 2
            if ($0 ~ ("^[ \t]*#[ \t]*" key "[ \t]*=")) return 1
            return 0
        }
        # set_line(KEY, VALUE, KIND): print KEY = "VALUE" in place of the first active line
        # (or of the first commented one when there is no active line); drop other active ones.
        function set_line(key, value, kind) {
            if (kind == 0 || value == "") return 0
            if (kind == 2 && !(key in done_set) && active[key]) { print key " = \"" value "\""; done_set[key] = 1; return 1 }
            if (kind == 1 && !(key in done_set) && !active[key]) { print key " = \"" value "\""; done_set[key] = 1; return 1 }
            if (kind == 2) return 1
            return 0
        }
        BEGIN {
            want["HOSTNAME"] = ENVIRON["SET_HOSTNAME"]
            want["ONEGATE_ENDPOINT"] = ENVIRON["SET_ONEGATE_ENDPOINT"]
        }
        NR == FNR {
            for (k in want) if (setting(k) == 2) active[k] = 1
            next
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
        {
            for (k in want) if (set_line(k, want[k], setting(k))) next
            print
        }
        END {
            if (!done) { print ""; emit_block() }
            for (k in want) if (want[k] != "" && !(k in done_set)) print k " = \"" want[k] "\""
        }
    ' "$_conf" "$_conf" >"$_new"
    rm -f "$_block"
    install_if_changed "$_new" "$_conf"
}

# configure_monitord: point hypervisor agents at MONITOR_ADDRESS (monitord.conf, NETWORK).
configure_monitord() {
    [ -n "$MONITOR_ADDRESS" ] || return 0
    _new=$(mktemp)
    sed "s/^\([[:space:]]*MONITOR_ADDRESS[[:space:]]*=[[:space:]]*\)\"[^\"]*\"/\1\"$MONITOR_ADDRESS\"/" \
        "$ONE_ETC/monitord.conf" >"$_new"
    install_if_changed "$_new" "$ONE_ETC/monitord.conf"
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

# ---- oned's own host name ----

# Without HOSTNAME in oned.conf, oned looks up the container's host name and exits when it
# does not resolve (e.g. --network none, or a --hostname no DNS or /etc/hosts knows).
if [ -z "$ONE_HOSTNAME" ] && ! grep -Eq '^[[:space:]]*HOSTNAME[[:space:]]*=' "$ONE_ETC/oned.conf"; then
    _name=$(uname -n)
    if ! getent ahosts "$_name" >/dev/null 2>&1; then
        die "this container's host name '$_name' does not resolve, and oned exits when it cannot look itself up: set ONE_HOSTNAME to the name or address hypervisor hosts reach this front-end at, or give the container a resolvable name (--hostname with --add-host, or DNS)"
    fi
fi

# ---- versions: the database schema and remotes/ against this image's OpenNebula ----

# as_oneadmin COMMAND [ARG...]: run as oneadmin (owner of the database and the volume).
as_oneadmin() {
    runuser -u oneadmin -- "$@"
}

# onedb_connection: onedb's options for the configured database. The MySQL password goes
# through ONE_DB_PASSWORD (onedb's own variable), never onto a command line.
onedb_connection() {
    if [ "$DB_BACKEND" = sqlite ]; then
        set -- --sqlite "$ONE_VAR/one.db"
    else
        set -- --type mysql --server "$DB_HOST" --port "$DB_PORT" --username "$DB_USER" --dbname "$DB_NAME"
    fi
    printf '%s\n' "$@"
}

# run_onedb SUBCOMMAND [ARG...]: onedb as oneadmin against the configured database; sets
# ONEDB_OUTPUT and ONEDB_STATUS.
run_onedb() {
    _sub=$1
    shift
    # Word splitting of the connection options is wanted: none of them contains blanks.
    # shellcheck disable=SC2046
    set -- "$_sub" $(onedb_connection) "$@"
    if [ "$DB_BACKEND" = mysql ]; then export ONE_DB_PASSWORD="$DB_PASSWORD_VALUE"; fi
    # onedb upgrade asks oned whether it is running, as oneadmin.
    export ONE_AUTH="$ONE_AUTH_DIR/one_auth"
    ONEDB_STATUS=0
    ONEDB_OUTPUT=$(as_oneadmin onedb "$@" 2>&1) || ONEDB_STATUS=$?
    unset ONE_DB_PASSWORD ONE_AUTH
}

# remotes_version DIR: the release remotes/ came from (its VERSION file), or "unknown".
remotes_version() {
    if [ -s "$1/VERSION" ]; then head -n 1 "$1/VERSION"; else echo unknown; fi
}

DB_UPGRADE=
if [ -z "$FIRST_BOOT" ]; then
    command -v onedb >/dev/null || die "onedb is missing from this image"
    run_onedb version
    case "$ONEDB_STATUS" in
        0 | 1) ;;
        2) DB_UPGRADE=1 ;;
        3) die "the $DB_BACKEND database is newer than this image's OpenNebula $IMAGE_VERSION (onedb version: $(echo "$ONEDB_OUTPUT" | tr '\n' ' ')); downgrades are not supported: run the image the database comes from" ;;
        *) die "cannot read the $DB_BACKEND database's version with onedb (status $ONEDB_STATUS): $(echo "$ONEDB_OUTPUT" | tr '\n' ' ')" ;;
    esac
fi

REMOTES_REFRESH=
REMOTES_IMAGE_VERSION=$(remotes_version "$REMOTES_DIST")
if [ -n "$(ls -A "$ONE_VAR/remotes" 2>/dev/null)" ]; then
    REMOTES_VOLUME_VERSION=$(remotes_version "$ONE_VAR/remotes")
    [ "$REMOTES_VOLUME_VERSION" = "$REMOTES_IMAGE_VERSION" ] || REMOTES_REFRESH=1
fi

if [ -n "$DB_UPGRADE$REMOTES_REFRESH" ]; then
    _last=unknown
    [ ! -s "$VOLUME_VERSION_FILE" ] || _last=$(cat "$VOLUME_VERSION_FILE")
    _what=
    [ -z "$DB_UPGRADE" ] || _what="the $DB_BACKEND database schema is older ($(echo "$ONEDB_OUTPUT" | tr '\n' ' ' | sed 's/ *$//'))"
    if [ -n "$REMOTES_REFRESH" ]; then
        [ -z "$_what" ] || _what="$_what; "
        _what="${_what}$ONE_VAR/remotes is from $REMOTES_VOLUME_VERSION"
    fi
    if [ "$ONE_DB_UPGRADE" != true ]; then
        die "this volume was last used by OpenNebula $_last and this image is $IMAGE_VERSION: $_what. Set ONE_DB_UPGRADE=true to upgrade (the database is backed up to $BACKUP_DIR first, remotes/ is replaced and the old one kept)"
    fi
    say "upgrading from OpenNebula $_last to $IMAGE_VERSION: $_what"
fi

# ---- directories, SSH key, stale lock ----

mkdir -p /var/lock/one /run/one /var/log/one "$ONE_AUTH_DIR" "$ONE_VAR/datastores"
chown oneadmin:oneadmin /var/lock/one /run/one /var/log/one "$ONE_VAR" "$ONE_AUTH_DIR" "$ONE_VAR/datastores"
chmod 0700 "$ONE_AUTH_DIR"

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

# ---- database upgrade (opt-in, above): back up, then onedb upgrade ----

# backup_database FILE: onedb's own dump for sqlite; for MySQL the same dump onedb makes
# (so 'onedb restore' reads it), taken with the client file: onedb would put the password
# on mysqldump's command line and into its error message.
backup_database() {
    if [ "$DB_BACKEND" = sqlite ]; then
        run_onedb backup "$1"
        printf '%s\n' "$ONEDB_OUTPUT"
        [ "$ONEDB_STATUS" -eq 0 ] || return 1
    else
        (umask 077 && mysqldump --defaults-extra-file="$MYSQL_CNF" --protocol=tcp \
            --add-drop-database --databases --add-drop-table "$DB_NAME" >"$1") || return 1
        chown oneadmin:oneadmin "$1"
    fi
    [ -s "$1" ]
}

# restore_database FILE: put the backup back after a failed upgrade.
restore_database() {
    if [ "$DB_BACKEND" = sqlite ]; then
        run_onedb restore -f "$1"
        printf '%s\n' "$ONEDB_OUTPUT"
        [ "$ONEDB_STATUS" -eq 0 ]
    else
        mysql --defaults-extra-file="$MYSQL_CNF" --protocol=tcp <"$1"
    fi
}

if [ -n "$DB_UPGRADE" ]; then
    install -d -o oneadmin -g oneadmin -m 0700 "$BACKUP_DIR"
    _backup="$BACKUP_DIR/$DB_BACKEND-before-$IMAGE_VERSION-$(date +%Y%m%d-%H%M%S).sql"
    backup_database "$_backup" || die "could not back up the $DB_BACKEND database to $_backup; nothing was upgraded"
    chmod 0600 "$_backup"
    say "backed up the $DB_BACKEND database to $_backup"
    run_onedb upgrade --no-backup
    printf '%s\n' "$ONEDB_OUTPUT"
    if [ "$ONEDB_STATUS" -ne 0 ]; then
        if restore_database "$_backup"; then
            die "onedb upgrade failed (status $ONEDB_STATUS); the database was restored from $_backup, unchanged: run the image it comes from"
        fi
        die "onedb upgrade failed (status $ONEDB_STATUS) and restoring $_backup failed too: restore it by hand ('onedb restore -f' for sqlite, 'mysql < FILE' for MySQL)"
    fi
    say "upgraded the $DB_BACKEND database to OpenNebula $IMAGE_VERSION"
fi

# ---- remotes/: the drivers of this image's release ----

if [ -n "$REMOTES_REFRESH" ]; then
    _old="$ONE_VAR/remotes.$REMOTES_VOLUME_VERSION.$(date +%Y%m%d-%H%M%S)"
    mv "$ONE_VAR/remotes" "$_old"
    say "kept the previous $ONE_VAR/remotes as $_old"
fi
if [ -d "$REMOTES_DIST" ] && [ -z "$(ls -A "$ONE_VAR/remotes" 2>/dev/null)" ]; then
    mkdir -p "$ONE_VAR/remotes"
    cp -a "$REMOTES_DIST/." "$ONE_VAR/remotes/"
    chown -R oneadmin:oneadmin "$ONE_VAR/remotes"
    say "restored $ONE_VAR/remotes from $REMOTES_DIST ($REMOTES_IMAGE_VERSION)"
fi

# ---- configuration files ----

configure_oned
configure_monitord
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

# ---- the OpenNebula version this volume now belongs to ----

if [ ! -f "$VOLUME_VERSION_FILE" ] || [ "$(cat "$VOLUME_VERSION_FILE")" != "$IMAGE_VERSION" ]; then
    printf '%s\n' "$IMAGE_VERSION" >"$VOLUME_VERSION_FILE"
    chown oneadmin:oneadmin "$VOLUME_VERSION_FILE"
    say "recorded OpenNebula $IMAGE_VERSION in $VOLUME_VERSION_FILE"
fi

unset ONEADMIN_PASSWORD ONEADMIN_PASSWORD_VALUE DB_PASSWORD DB_PASSWORD_VALUE VALUE
cleanup
MYSQL_CNF=
trap - EXIT TERM INT

# supervisord.conf starts guacd (FireEdge's remote consoles) only when it is installed.
if [ -x "$GUACD" ]; then ONE_GUACD_AUTOSTART=true; else ONE_GUACD_AUTOSTART=false; fi
export ONE_GUACD_AUTOSTART

exec "$@"
