#!/usr/bin/env bash
# Remote-cache restore of the 1,000-stage synthetic pipeline against a local nginx (WebDAV PUT,
# Bazel's HTTP cache layout), side by side with a local-cache restore of the same outputs:
#   local:  outputs deleted, local cache kept          -> every stage restored from .pipeline/cache
#   remote: outputs and .pipeline/ deleted (a fresh clone) -> every stage fetched from the server
# Needs: nginx (Debian's nginx or nginx-light), hyperfine, python3.
# usage: Benchmarks/remote-cache.sh [RUNS]
set -euo pipefail
runs=${1:-10}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
nginx_pid=""
cleanup() {
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

swift build -c release --product pipeline --package-path "$root" >/dev/null
bin="$root/.build/release/pipeline"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
mkdir -p "$work/store"
cat >"$work/nginx.conf" <<CONF
daemon off;
worker_processes 1;
user root;
pid $work/nginx.pid;
error_log $work/error.log;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path $work/body;
  proxy_temp_path $work/proxy;
  fastcgi_temp_path $work/fastcgi;
  uwsgi_temp_path $work/uwsgi;
  scgi_temp_path $work/scgi;
  server {
    listen 127.0.0.1:$port;
    client_max_body_size 0;
    keepalive_requests 100000;
    location /pipeline/ {
      root $work/store;
      dav_methods PUT;
      create_full_put_path on;
      dav_access user:rw;
    }
  }
}
CONF
/usr/sbin/nginx -p "$work" -c "$work/nginx.conf" -e "$work/error.log" &
nginx_pid=$!
for _ in $(seq 1 100); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.05; done
url="http://127.0.0.1:$port/pipeline"

python3 "$root/Benchmarks/synthetic.py" "$work/a" --stages 1000 --layers 20 --files-per-stage 10
cp -r "$work/a" "$work/b"
cd "$work/a"
# Machine A fills the server (and its own local cache).
"$bin" -q build --remote-cache "$url"
echo "server holds $(find "$work/store" -type f | wc -l) files"

echo "== local hit: outputs deleted, local cache kept"
hyperfine --warmup 1 --runs "$runs" --export-json "$work/local.json" \
  --prepare "rm -rf $work/a/out/*" -n local-restore "$bin -q build --remote-cache off"

cd "$work/b"
echo "== remote hit: empty local cache, everything from the server"
hyperfine --warmup 1 --runs "$runs" --export-json "$work/remote.json" \
  --prepare "rm -rf $work/b/out $work/b/.pipeline" -n remote-restore "$bin -q build --remote-cache $url --remote-upload false"
"$bin" build --remote-cache "$url" | tail -1

python3 - "$work/local.json" "$work/remote.json" <<'PY'
import json, sys
local = json.load(open(sys.argv[1]))["results"][0]
remote = json.load(open(sys.argv[2]))["results"][0]
print(f"local-cache restore  median {local['median']*1000:8.1f} ms")
print(f"remote-cache restore median {remote['median']*1000:8.1f} ms  ({remote['median']/local['median']:.2f}x local)")
PY
