/// Scripts written for the differential comparison with ShellCheck: entrypoints, install
/// scripts, POSIX sh and bash, clean and sloppy. Also seeds for the fuzz test.
enum Corpus {
    struct Script {
        let name: String
        let source: String
    }

    static let scripts: [Script] = [
        Script(name: "01-entrypoint.sh", source: #"""
#!/bin/bash
set -e
: "${ONEADMIN_PASSWORD:?must be set}"
CONF=/etc/one/oned.conf
if [ -n "$ONE_PORT" ]; then
  sed -i "s/^PORT = .*/PORT = $ONE_PORT/" $CONF
fi
for f in /docker-entrypoint.d/*.sh; do
  [ -f "$f" ] && . "$f"
done
echo "oneadmin:$ONEADMIN_PASSWORD" > /var/lib/one/.one/one_auth
chown -R oneadmin:oneadmin /var/lib/one
exec "$@"
"""#),
        Script(name: "02-install.sh", source: #"""
#!/bin/sh
set -eu
VERSION=${VERSION:-1.2.3}
PREFIX=/usr/local
tmp=$(mktemp -d)
trap "rm -rf $tmp" EXIT
cd $tmp
curl -fsSL https://example.invalid/tool-$VERSION.tar.gz | tar xz
cd tool-$VERSION
./configure --prefix=$PREFIX
make -j`nproc`
make install
"""#),
        Script(name: "03-backup.sh", source: #"""
#!/bin/bash
src=$1
dest=$2
stamp=`date +%Y%m%d`
if [ $# -ne 2 ]; then
  echo "usage: $0 src dest"
  exit 1
fi
cd $dest
tar czf backup-$stamp.tar.gz $src
ls -t | grep backup | tail -n +8 | xargs rm -f
echo "done"
"""#),
        Script(name: "04-posix-clean.sh", source: #"""
#!/bin/sh
set -eu
usage() {
  printf 'usage: %s [-v] file...\n' "$0" >&2
  exit 2
}
verbose=0
while getopts v opt; do
  case "$opt" in
    v) verbose=1 ;;
    *) usage ;;
  esac
done
shift $((OPTIND - 1))
[ "$#" -gt 0 ] || usage
for file in "$@"; do
  if [ "$verbose" -eq 1 ]; then
    printf 'checking %s\n' "$file"
  fi
  [ -r "$file" ] || { printf 'cannot read %s\n' "$file" >&2; exit 1; }
done
"""#),
        Script(name: "05-bashisms-in-sh.sh", source: #"""
#!/bin/sh
name=world
if [[ $name == w* ]]; then
  echo -n "hello "
fi
arr=(a b c)
echo ${arr[1]}
function greet {
  local who=$1
  echo "hi $who"
}
greet "$name"
source ./lib.sh
read -p "continue? " answer
echo $answer
let count=count+1
echo "$RANDOM"
ls &> /dev/null
"""#),
        Script(name: "06-supervisor-start.sh", source: #"""
#!/bin/bash
LOG_DIR=/var/log/one
mkdir -p $LOG_DIR
for svc in oned fireedge oneflow onegate; do
  if ! pgrep -x $svc > /dev/null; then
    echo "starting $svc"
    supervisorctl start $svc || echo "failed: $svc"
  fi
done
status=$(supervisorctl status)
echo $status
if [ $? -ne 0 ]; then
  exit 1
fi
"""#),
        Script(name: "07-arrays.sh", source: #"""
#!/bin/bash
packages=(curl jq "ca-certificates")
extra=$@
apt-get install -y ${packages[@]}
for p in ${packages[*]}; do
  echo "installed $p"
done
echo "all: ${packages[@]}"
files=( $(ls /etc) )
echo "count: ${#files[@]}"
list=$packages
echo "$list"
args=($extra)
printf '%s\n' "${args[@]}"
"""#),
        Script(name: "08-functions.sh", source: #"""
#!/bin/bash
log() {
  echo "[$(date +%T)] $*" >&2
}
die() {
  log "$@"
  exit 1
}
check_port() {
  local port=$1
  local pid=$(lsof -t -i :$port)
  if [ -n "$pid" ]; then
    die "port $port in use by $pid"
  fi
}
check_port 2633
check_port "$WEB_PORT"
"""#),
        Script(name: "09-heredocs.sh", source: #"""
#!/bin/bash
user=${1:-oneadmin}
cat > /etc/motd <<EOF
Welcome, $user
Built on $(date)
EOF
cat <<'RAW' > /tmp/raw.txt
No $expansion here
RAW
mysql -u root <<-SQL
	CREATE USER '$user'@'localhost';
	SQL
wc -l <<< "$user"
"""#),
        Script(name: "10-case.sh", source: #"""
#!/bin/sh
action=$1
case $action in
  start|up)
    echo starting ;;
  stop)
    echo stopping
    ;;
  restart)
    $0 stop && $0 start
    ;;
  *)
    echo "unknown: $action" >&2
    exit 1
    ;;
esac
"""#),
        Script(name: "11-loops.sh", source: #"""
#!/bin/bash
for f in $(ls /var/log/*.log); do
  gzip $f
done
for d in $(find /tmp -type d -name 'cache*'); do
  rm -rf $d/*
done
while read line; do
  echo $line
done < /etc/hosts
i=0
while [ $i -lt 10 ]; do
  i=$(expr $i + 1)
done
for ((j = 0; j < 3; j++)); do
  echo "$j"
done
"""#),
        Script(name: "12-quoting.sh", source: #"""
#!/bin/bash
dir="/opt/my app"
cp -r $dir /backup
echo "path is "$dir" ok"
echo "a"b"c"
msg='Home is $HOME'
echo "$msg"
printf "$msg\n"
opts="--exclude='*.tmp'"
rsync $opts "$dir" /mnt
echo '$(not run)'
"""#),
        Script(name: "13-cleanup.sh", source: #"""
#!/bin/bash
target=$1
rm -rf "$target/"*
rm -rf $target/cache
rm -rf "${target:?}/logs"
find . -name '*.pyc' -delete
rm *.bak
"""#),
        Script(name: "14-conditions.sh", source: #"""
#!/bin/bash
a=$1
b=$2
if [ $a = $b -o -z "$a" ]; then
  echo same
fi
[ -f /etc/passwd -a -r /etc/passwd ] && echo readable
[ -d /tmp ] && echo yes || echo no
[ -d /tmp ] && mkdir /tmp/x || rmdir /tmp/x
if [[ $a == "x" && $b != "y" ]]; then
  echo ok
fi
make
if [ $? -eq 0 ]; then
  echo built
fi
"""#),
        Script(name: "15-redirects.sh", source: #"""
#!/bin/bash
out=/tmp/report.txt
echo "header" > $out
echo "line 1" >> $out
echo "line 2" >> $out
echo "line 3" >> $out
date >> "$out"
exec 3> /tmp/fd3.log
echo "to fd 3" >&3
exec 3>&-
command -v docker > /dev/null 2>&1 || echo "no docker"
"""#),
        Script(name: "16-env-file.sh", source: #"""
#!/bin/sh
DB_HOST=localhost
DB_PORT=5432
DB_NAME=one
export DB_HOST DB_PORT
unused_setting=true
echo "connecting to $DB_HOST:$DB_PORT"
"""#),
        Script(name: "17-trap.sh", source: #"""
#!/bin/bash
tmpfile=$(mktemp)
trap 'rm -f "$tmpfile"' EXIT
trap "echo interrupted at $(date)" INT
cleanup() {
  rm -f "$tmpfile"
}
trap cleanup TERM
echo data > "$tmpfile"
"""#),
        Script(name: "18-arith.sh", source: #"""
#!/bin/bash
total=0
for n in 1 2 3; do
  total=$(( $total + $n ))
done
echo $total
count=$(expr $total \* 2)
echo "$count"
(( total > 3 )) && echo big
echo $(( total % 2 ))
"""#),
        Script(name: "19-read-loop.sh", source: #"""
#!/bin/bash
while IFS=: read -r user _ uid _; do
  if [ "$uid" -ge 1000 ]; then
    echo "$user"
  fi
done < /etc/passwd
read -r -a parts <<< "a b c"
echo "${parts[0]}"
read name
echo "$name"
"""#),
        Script(name: "20-subshells.sh", source: #"""
#!/bin/bash
(
  cd /opt/app
  ./build.sh
)
{ echo start; date; } > /tmp/log
result=$(cd /tmp && ls | wc -l)
echo "$result"
pushd /var > /dev/null
ls
popd > /dev/null
"""#),
        Script(name: "21-docker-run.sh", source: #"""
#!/bin/bash
IMAGE=${IMAGE:-example/app}
TAG=$(git rev-parse --short HEAD)
docker build -t $IMAGE:$TAG .
docker run --rm -e "VAR=$VAR" $IMAGE:$TAG sh -c 'echo $HOSTNAME'
docker push "$IMAGE:$TAG"
"""#),
        Script(name: "22-getopts.sh", source: #"""
#!/bin/bash
verbose=false
output=
while getopts "vo:" flag; do
  case $flag in
    v) verbose=true ;;
    o) output=$OPTARG ;;
    ?) exit 2 ;;
  esac
done
if $verbose; then
  echo "writing to $output"
fi
"""#),
        Script(name: "23-sourcing.sh", source: #"""
#!/bin/bash
. /etc/os-release
source "$(dirname "$0")/common.sh"
# shellcheck source=/dev/null
. "$CONFIG_FILE"
source $HOME/.bashrc
echo "$ID"
"""#),
        Script(name: "24-printf.sh", source: #"""
#!/bin/bash
fmt="%-10s %s\n"
printf "$fmt" name value
printf "%s\n" "ok"
printf "Hello $USER\n"
printf -- "%d items\n" 3
"""#),
        Script(name: "25-posix-functions.sh", source: #"""
#!/bin/sh
is_number() {
  case $1 in
    ''|*[!0-9]*) return 1 ;;
    *) return 0 ;;
  esac
}
max() {
  if [ "$1" -gt "$2" ]; then echo "$1"; else echo "$2"; fi
}
if is_number "$1" && is_number "$2"; then
  max "$1" "$2"
fi
"""#),
        Script(name: "26-declare.sh", source: #"""
#!/bin/bash
declare -r CONST=1
declare -A map
map[key]=value
echo "${map[key]}"
export LOG_LEVEL=$(cat /etc/loglevel)
readonly BUILD=`date +%s`
local_fn() {
  local a b
  a=1
  b=$((a + 1))
  echo "$b"
}
local_fn
echo "$CONST $BUILD"
"""#),
        Script(name: "27-paths.sh", source: #"""
#!/bin/sh
BIN_DIR=$(dirname "$0")
ROOT=$BIN_DIR/..
cd "$ROOT" || exit 1
ls -la $ROOT/lib
cat $ROOT/VERSION
mkdir -p "$ROOT/build"
cp *.conf "$ROOT/build/"
"""#),
        Script(name: "28-ssh.sh", source: #"""
#!/bin/bash
host=$1
ssh $host "uptime"
scp ./file.tgz $host:/tmp/
ssh "$host" 'ls /tmp'
"""#),
        Script(name: "29-math-loop.sh", source: #"""
#!/bin/bash
limit=${1:-10}
sum=0
for ((i = 1; i <= limit; i++)); do
  (( sum += i ))
done
echo "sum=$sum"
avg=$(echo "scale=2; $sum / $limit" | bc)
echo "avg=$avg"
"""#),
        Script(name: "30-wait-for.sh", source: #"""
#!/bin/sh
host=${1:?host required}
port=${2:-80}
timeout=30
while ! nc -z "$host" "$port"; do
  timeout=$((timeout - 1))
  if [ $timeout -le 0 ]; then
    echo "timed out waiting for $host:$port" >&2
    exit 1
  fi
  sleep 1
done
shift 2
exec "$@"
"""#),
        Script(name: "31-config-render.sh", source: #"""
#!/bin/bash
template=$1
output=$2
cp $template $output
for var in $(env | cut -d= -f1); do
  value=${!var}
  sed -i "s|{{$var}}|$value|g" "$output"
done
"""#),
        Script(name: "32-ls-parsing.sh", source: #"""
#!/bin/bash
newest=$(ls -t /var/backups | head -1)
echo "$newest"
count=$(ls /tmp | wc -l)
echo "$count"
for f in `ls`; do echo "$f"; done
ls -1 | grep '\.log$' | while read -r f; do rm "$f"; done
"""#),
        Script(name: "33-sudo.sh", source: #"""
#!/bin/bash
if [ "$(id -u)" -ne 0 ]; then
  echo "run as root" >&2
  exit 1
fi
apt-get update
apt-get install -y nginx
systemctl enable nginx
echo "ok" | tee /var/log/setup.log
"""#),
        Script(name: "34-strings.sh", source: #"""
#!/bin/bash
name="some-file.tar.gz"
base=${name%%.*}
ext=${name#*.}
upper=${name^^}
sub=${name:0:4}
repl=${name//-/_}
len=${#name}
echo "$base $ext $upper $sub $repl $len"
echo ${name/file/dir}
"""#),
        Script(name: "35-dash-script.sh", source: #"""
#!/bin/dash
set -e
log() { local msg="$1"; echo "$msg"; }
log "start"
echo -n "no newline"
[ "$1" == "x" ] && echo eq
"""#),
        Script(name: "36-ash-busybox.sh", source: #"""
#!/bin/busybox sh
for i in $(seq 1 3); do
  echo $i
done
wget -q -O - http://127.0.0.1:8080/health || exit 1
"""#),
        Script(name: "37-mixed-quotes.sh", source: #"""
#!/bin/bash
greeting='hello'
echo "$greeting, it's $(whoami)"
echo 'single: $greeting'
echo "escaped \$greeting and \"quotes\""
echo $'tab\there'
x="a b"
set -- $x
echo "$1"
"""#),
        Script(name: "38-healthcheck.sh", source: #"""
#!/bin/sh
url="http://localhost:${PORT:-2616}/"
code=$(curl -s -o /dev/null -w '%{http_code}' $url)
if [ "$code" != "200" ]; then
  echo "unhealthy: $code"
  exit 1
fi
"""#),
        Script(name: "39-nested.sh", source: #"""
#!/bin/bash
outer=$(echo "$(echo "$(echo deep)")")
echo "$outer"
inner=`echo \`echo old\``
echo "$inner"
val=$(( $(echo 3) + 4 ))
echo "$val"
"""#),
        Script(name: "40-pipeline.sh", source: #"""
#!/bin/bash
set -o pipefail
journalctl -u oned | grep -i error | tail -n 20
ps aux | grep oned | grep -v grep
cat /etc/passwd | cut -d: -f1 | sort
! grep -q root /etc/passwd && echo "no root"
"""#),
        Script(name: "41-unset-vars.sh", source: #"""
#!/bin/bash
echo "user is $usr"
echo "home is $HOME"
cfg_path=/etc/app.conf
echo "config at $cfg_pth"
"""#),
        Script(name: "42-posix-sh-strict.sh", source: #"""
#!/bin/sh
set -o pipefail
f() {
  local x=1
  echo "$x"
}
f
echo ${PWD:1:3}
"""#),
        Script(name: "43-cd-checks.sh", source: #"""
#!/bin/bash
cd /opt
cd "$HOME" || exit
cd /tmp && touch x
cd - > /dev/null
"""#),
        Script(name: "44-select.sh", source: #"""
#!/bin/bash
PS3='Pick: '
select opt in one two quit; do
  case $opt in
    quit) break ;;
    *) echo "you picked $opt" ;;
  esac
done
"""#),
        Script(name: "45-nginx-entrypoint.sh", source: #"""
#!/bin/sh
set -e
if [ -z "${NGINX_ENTRYPOINT_QUIET_LOGS:-}" ]; then
    exec 3>&1
else
    exec 3>/dev/null
fi
if [ "$1" = "nginx" -o "$1" = "nginx-debug" ]; then
    if /usr/bin/find "/docker-entrypoint.d/" -mindepth 1 -maxdepth 1 -type f -print -quit 2>/dev/null | read v; then
        echo >&3 "$0: Looking for shell scripts in /docker-entrypoint.d/"
        find "/docker-entrypoint.d/" -follow -type f -print | sort -V | while read -r f; do
            case "$f" in
                *.envsh)
                    if [ -x "$f" ]; then
                        echo >&3 "$0: Sourcing $f";
                        . "$f"
                    else
                        echo >&3 "$0: Ignoring $f, not executable";
                    fi
                    ;;
                *.sh)
                    if [ -x "$f" ]; then
                        echo >&3 "$0: Launching $f";
                        "$f"
                    else
                        echo >&3 "$0: Ignoring $f, not executable";
                    fi
                    ;;
                *) echo >&3 "$0: Ignoring $f";;
            esac
        done
    else
        echo >&3 "$0: No files found in /docker-entrypoint.d/, skipping configuration"
    fi
fi
exec "$@"
"""#),
        Script(name: "46-postgres-like.sh", source: #"""
#!/usr/bin/env bash
set -Eeo pipefail
file_env() {
	local var="$1"
	local fileVar="${var}_FILE"
	local def="${2:-}"
	if [ "${!var:-}" ] && [ "${!fileVar:-}" ]; then
		printf >&2 'error: both %s and %s are set (but are exclusive)\n' "$var" "$fileVar"
		exit 1
	fi
	local val="$def"
	if [ "${!var:-}" ]; then
		val="${!var}"
	elif [ "${!fileVar:-}" ]; then
		val="$(< "${!fileVar}")"
	fi
	export "$var"="$val"
	unset "$fileVar"
}
docker_create_db_directories() {
	local user; user="$(id -u)"
	mkdir -p "$PGDATA"
	chmod 00700 "$PGDATA" || :
	if [ "$user" = '0' ]; then
		find "$PGDATA" \! -user postgres -exec chown postgres '{}' +
	fi
}
file_env 'POSTGRES_PASSWORD'
docker_create_db_directories
"""#),
        Script(name: "47-sloppy-deploy.sh", source: #"""
#!/bin/bash
APP=myapp
RELEASE_DIR=/srv/releases/`date +%s`
mkdir -p $RELEASE_DIR
cd $RELEASE_DIR
git clone $REPO .
npm install
if [ $? != 0 ]; then
  echo "install failed"
  exit 1
fi
ln -sfn $RELEASE_DIR /srv/current
for pid in `pgrep -f $APP`; do
  kill $pid
done
nohup node /srv/current/index.js > /var/log/$APP.log 2>&1 &
echo "deployed $APP to $RELEASE_DIR"
"""#),
        Script(name: "48-apt-install.sh", source: #"""
#!/bin/sh
set -eux
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends \
    ca-certificates \
    curl \
    gnupg
rm -rf /var/lib/apt/lists/*
arch="$(dpkg --print-architecture)"
case "$arch" in
    amd64) url_arch=x86_64 ;;
    arm64) url_arch=aarch64 ;;
    *) echo "unsupported architecture: $arch" >&2; exit 1 ;;
esac
curl -fsSLo /usr/local/bin/tini "https://example.invalid/tini-$url_arch"
chmod +x /usr/local/bin/tini
"""#),
        Script(name: "49-bash-lib.sh", source: #"""
#!/bin/bash
declare -A CONFIG
load_config() {
  local file=$1 key value
  while IFS='=' read -r key value; do
    [[ $key =~ ^# ]] && continue
    [[ -z $key ]] && continue
    CONFIG[$key]=$value
  done < "$file"
}
get() {
  echo ${CONFIG[$1]}
}
load_config /etc/app.conf
port=$(get port)
if (( port < 1024 )); then
  echo "privileged port $port"
fi
"""#),
        Script(name: "50-retry.sh", source: #"""
#!/bin/bash
retry() {
  local n=0
  local max=$1; shift
  until "$@"; do
    n=$((n+1))
    if [ $n -ge $max ]; then
      echo "failed after $n attempts: $*" >&2
      return 1
    fi
    sleep $((2 ** n))
  done
}
retry 5 curl -fsS http://localhost:8080/health
retry 3 docker pull $IMAGE
"""#),
        Script(name: "51-user-setup.sh", source: #"""
#!/bin/sh
USER_ID=${LOCAL_UID:-9001}
GROUP_ID=${LOCAL_GID:-9001}
echo "Starting with UID : $USER_ID"
groupadd -g $GROUP_ID -o app
useradd --shell /bin/bash -u $USER_ID -g app -o -c "" -m app
export HOME=/home/app
chown -R app:app $HOME
exec gosu app "$@"
"""#),
        Script(name: "52-log-rotate.sh", source: #"""
#!/bin/bash
LOGDIR=/var/log/myapp
MAX=7
cd $LOGDIR || exit 1
for log in *.log; do
  [ -e "$log" ] || continue
  for i in $(seq $MAX -1 1); do
    if [ -f "$log.$i" ]; then
      mv "$log.$i" "$log.$((i+1))"
    fi
  done
  mv "$log" "$log.1"
  touch "$log"
done
find . -name "*.log.*" -mtime +$MAX -exec rm {} \;
"""#),
        Script(name: "53-menu.sh", source: #"""
#!/bin/bash
show_menu() {
  echo "1) start"
  echo "2) stop"
  echo "3) quit"
}
while true; do
  show_menu
  read -p "choice: " choice
  case $choice in
    1) systemctl start app ;;
    2) systemctl stop app ;;
    3) break ;;
    *) echo "invalid choice: $choice" ;;
  esac
done
"""#),
        Script(name: "54-json-config.sh", source: #"""
#!/bin/bash
CONFIG_FILE=${1:-config.json}
if [ ! -f $CONFIG_FILE ]; then
  echo "missing $CONFIG_FILE"
  exit 1
fi
name=$(jq -r '.name' $CONFIG_FILE)
version=$(jq -r ".version" "$CONFIG_FILE")
echo "Building $name $version"
tags=$(jq -r '.tags[]' "$CONFIG_FILE")
for t in $tags; do
  docker tag "$name:$version" "$name:$t"
done
"""#),
        Script(name: "55-posix-portable.sh", source: #"""
#!/bin/sh
die() {
    printf '%s\n' "$*" >&2
    exit 1
}
need() {
    command -v "$1" >/dev/null 2>&1 || die "missing: $1"
}
need curl
need tar
dest=${DEST:-/opt/tool}
mkdir -p "$dest" || die "cannot create $dest"
tmp=$(mktemp) || die "mktemp failed"
trap 'rm -f "$tmp"' EXIT HUP INT TERM
curl -fsSL "$URL" -o "$tmp" || die "download failed"
tar -xzf "$tmp" -C "$dest"
"""#),
        Script(name: "56-string-ops.sh", source: #"""
#!/bin/bash
path=/usr/local/lib/libfoo.so.1.2
file=${path##*/}
dir=${path%/*}
stem=${file%%.*}
echo $file $dir $stem
IFS=. read -r major minor <<< "${path##*.so.}"
echo "major=$major minor=$minor"
lower=$(echo "$stem" | tr '[:upper:]' '[:lower:]')
echo "$lower"
"""#),
        Script(name: "57-bad-tests.sh", source: #"""
#!/bin/bash
x=$1
if [ $x == "yes" ]; then
  echo yes
fi
if [ -z $x ]; then echo empty; fi
if [ "$x" > "m" ]; then echo later; fi
if [[ $x -eq yes ]]; then echo eq; fi
[ ! -d /tmp ] || echo ok
"""#),
        Script(name: "58-cron-job.sh", source: #"""
#!/bin/sh
PATH=/usr/local/bin:/usr/bin:/bin
LOCK=/tmp/job.lock
if [ -e $LOCK ]; then
  exit 0
fi
touch $LOCK
trap "rm -f $LOCK" EXIT
/usr/local/bin/sync-data >> /var/log/sync.log 2>&1
echo "finished at `date`" >> /var/log/sync.log
"""#),
        Script(name: "59-array-loop.sh", source: #"""
#!/bin/bash
servers=("web1" "web2" "db1")
for s in "${servers[@]}"; do
  ssh "$s" "uptime"
done
echo "Total: ${#servers[@]}"
first=${servers[0]}
echo "First: $first"
unset 'servers[1]'
echo "${servers[@]}"
"""#),
        Script(name: "60-exit-codes.sh", source: #"""
#!/bin/bash
check() {
  [ -f "$1" ] || return 2
  grep -q "ok" "$1"
}
check /tmp/status
case $? in
  0) echo ok ;;
  1) echo "not ok" ;;
  2) echo missing ;;
esac
exit 0
echo never
"""#),
        Script(name: "61-ksh-style.sh", source: #"""
#!/bin/ksh
typeset -i count=0
function inc {
  count=count+1
}
inc
print "count=$count"
"""#),
        Script(name: "62-docker-healthy.sh", source: #"""
#!/bin/bash
container=$1
timeout=${2:-60}
elapsed=0
while [ "$(docker inspect -f '{{.State.Health.Status}}' $container)" != "healthy" ]; do
  sleep 1
  elapsed=$((elapsed + 1))
  if [ $elapsed -ge $timeout ]; then
    docker logs --tail 100 $container
    exit 1
  fi
done
echo "$container is healthy"
"""#),
        Script(name: "63-heredoc-func.sh", source: #"""
#!/bin/bash
write_config() {
  cat > "$1" <<-EOF
	[server]
	port = ${PORT:-8080}
	host = $(hostname)
	EOF
}
write_config /etc/app.ini
cat <<EOF | sudo tee /etc/motd > /dev/null
Hello $USER
EOF
"""#),
        Script(name: "64-misc.sh", source: #"""
#!/bin/bash
files=$(ls *.txt)
for f in $files; do
  wc -l $f
done
echo "Done with $(echo $files | wc -w) files"
which python3 > /dev/null && echo "has python"
var="hello"
if [ "$var" = "hello" ] && [ -n "$var" ]; then
  echo $var
fi
"""#),
        Script(name: "65-redis-entry.sh", source: #"""
#!/bin/sh
set -e
if [ "${1#-}" != "$1" ] || [ "${1%.conf}" != "$1" ]; then
	set -- redis-server "$@"
fi
if [ "$1" = 'redis-server' -a "$(id -u)" = '0' ]; then
	find . \! -user redis -exec chown redis '{}' +
	exec gosu redis "$0" "$@"
fi
um="$(umask)"
if [ "$um" = '0022' ]; then
	umask 0077
fi
exec "$@"
"""#),
        Script(name: "66-build-matrix.sh", source: #"""
#!/bin/bash
versions="3.9 3.10 3.11"
for v in $versions; do
  docker build --build-arg PY=$v -t app:py$v . || exit 1
done
results=()
for v in $versions; do
  results+=("$(docker run --rm app:py$v python --version)")
done
echo "${results[@]}"
cat results.txt | sort | uniq
"""#),
        Script(name: "67-backup-db.sh", source: #"""
#!/bin/bash
DATE=$(date +%F)
BACKUP_DIR=/backups
DB=$1
if [ -z $DB ]; then
  echo "usage: $0 database"
  exit 1
fi
mysqldump $DB | gzip > $BACKUP_DIR/$DB-$DATE.sql.gz
find $BACKUP_DIR -name "*.sql.gz" -mtime +30 | xargs rm -f
echo "Backup of $DB complete"
"""#),
        Script(name: "68-check-deps.sh", source: #"""
#!/bin/sh
missing=""
for cmd in curl jq git; do
  if ! command -v $cmd >/dev/null 2>&1; then
    missing="$missing $cmd"
  fi
done
if [ -n "$missing" ]; then
  echo "missing:$missing" >&2
  exit 1
fi
"""#),
        Script(name: "69-version-bump.sh", source: #"""
#!/bin/bash
current=$(cat VERSION)
IFS=. read major minor patch <<< "$current"
case $1 in
  major) major=$((major+1)); minor=0; patch=0 ;;
  minor) minor=$((minor+1)); patch=0 ;;
  patch) patch=$((patch+1)) ;;
  *) echo "usage: $0 major|minor|patch"; exit 1 ;;
esac
new="$major.$minor.$patch"
echo $new > VERSION
git commit -am "bump to $new"
git tag v$new
"""#),
        Script(name: "70-wait-port.sh", source: #"""
#!/bin/bash
HOST=$1
PORT=$2
for i in `seq 1 30`; do
  nc -z $HOST $PORT && break
  echo "waiting ($i)..."
  sleep 1
done
nc -z $HOST $PORT || { echo "gave up"; exit 1; }
"""#),
        Script(name: "71-users.sh", source: #"""
#!/bin/bash
while IFS=, read -r name email role; do
  if [[ "$role" == "admin" ]]; then
    useradd -m -G sudo "$name"
  else
    useradd -m $name
  fi
  echo "$name <$email>" >> /var/log/created_users
done < users.csv
"""#),
        Script(name: "72-tls-certs.sh", source: #"""
#!/bin/sh
CERT_DIR=${CERT_DIR:-/etc/ssl/app}
DOMAIN=$1
[ -d "$CERT_DIR" ] || mkdir -p "$CERT_DIR"
if [ ! -f "$CERT_DIR/$DOMAIN.key" ]; then
  openssl req -x509 -nodes -newkey rsa:2048 \
    -keyout "$CERT_DIR/$DOMAIN.key" \
    -out "$CERT_DIR/$DOMAIN.crt" \
    -subj "/CN=$DOMAIN" -days 365
fi
chmod 600 $CERT_DIR/*.key
"""#),
        Script(name: "73-git-hooks.sh", source: #"""
#!/bin/bash
files=$(git diff --cached --name-only | grep '\.sh$')
[ -z "$files" ] && exit 0
for f in $files; do
  shellcheck "$f" || failed=1
done
if [ "$failed" == 1 ]; then
  echo "lint failed"
  exit 1
fi
"""#),
        Script(name: "74-env-defaults.sh", source: #"""
#!/bin/bash
: ${APP_ENV:=production}
: "${APP_PORT:=8080}"
export APP_ENV APP_PORT
echo "Starting in $APP_ENV on $APP_PORT"
exec java $JAVA_OPTS -jar /app.jar
"""#),
    ]
}
