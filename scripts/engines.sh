#!/usr/bin/env bash
# Throw-away database servers for the engine tests (test/engines): PostgreSQL (one
# cluster, Unix socket only) and ClickHouse (two local servers configured as a
# two-shard cluster `govmedia_2shards`), all from Debian packages, on localhost, in a
# temp dir. No network, no containers.
#
#   source scripts/engines.sh start   # installs what is missing, starts, exports the
#                                     # GOVMEDIA_PG_* / GOVMEDIA_CLICKHOUSE_* variables
#   scripts/engines.sh stop           # (or engines_stop after `source`) stops and removes
#
# An engine whose Debian package cannot be installed is skipped with a printed notice
# (its variables stay unset, so its tests print a skip notice — or fail when
# GOVMEDIA_REQUIRE_ENGINES=1 says they are mandatory). PostgreSQL refuses to run as
# root: as root, initdb/pg_ctl run as the `postgres` user.
# Ports: ClickHouse HTTP/TCP/interserver from GOVMEDIA_CH_BASE_PORT (default 18123):
# shard 1 uses base, base+1, base+2; shard 2 base+10, base+11, base+12.

_engines_state="${GOVMEDIA_ENGINES_DIR:-/tmp/govmedia-engines}"

_engines_apt() {
  # Installs Debian packages when missing; non-zero when apt cannot.
  local missing=()
  # "install ok installed" only: a removed package whose config files remain ("rc") is missing.
  for p in "$@"; do [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" = "install ok installed" ] || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  [ "$(id -u)" -eq 0 ] || { echo "engines: need root to apt-get install ${missing[*]}"; return 1; }
  echo "engines: apt-get install ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >"$_engines_state/apt.log" 2>&1 \
    || { apt-get update -q >>"$_engines_state/apt.log" 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >>"$_engines_state/apt.log" 2>&1; } \
    || { tail -5 "$_engines_state/apt.log"; return 1; }
}

# Engines whose package cannot be installed: their tests skip (with a notice) even when
# GOVMEDIA_REQUIRE_ENGINES=1 makes the others mandatory.
_engines_unavailable() { export GOVMEDIA_ENGINES_UNAVAILABLE="${GOVMEDIA_ENGINES_UNAVAILABLE:+$GOVMEDIA_ENGINES_UNAVAILABLE }$1"; }

_engines_wait_http() { # url, seconds, pid of the server
  local i
  for ((i = 0; i < $2 * 5; i++)); do
    curl -fsS "$1/?query=SELECT%201" >/dev/null 2>&1 && return 0
    kill -0 "$3" 2>/dev/null || return 1 # the server exited
    sleep 0.2
  done
  return 1
}

_engines_start_pg() {
  _engines_apt postgresql || { echo "engines: NOTICE PostgreSQL package cannot be installed: PostgreSQL tests skipped"; _engines_unavailable postgres; return 0; }
  local bin
  bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
  [ -x "$bin/initdb" ] || { echo "engines: NOTICE no initdb under /usr/lib/postgresql: PostgreSQL tests skipped"; _engines_unavailable postgres; return 0; }
  local dir="$_engines_state/pg" as=()
  mkdir -p "$dir"
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; as=(runuser -u postgres --); fi
  "${as[@]}" "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log"; echo "engines: PostgreSQL initdb failed"; return 1; }
  "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses='' -k $dir -c fsync=off -c full_page_writes=off -c synchronous_commit=off" start >/dev/null \
    || { cat "$dir/server.log"; echo "engines: PostgreSQL failed to start"; return 1; }
  export GOVMEDIA_PG_HOST="$dir" GOVMEDIA_PG_USER=postgres GOVMEDIA_PG_DATABASE=postgres
  echo "engines: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on socket $dir"
}

_engines_ch_config() { # dir http tcp interserver
  mkdir -p "$1"/{data,tmp,user_files,format_schemas,log}
  cat >"$1/config.xml" <<EOF
<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><log>$1/log/server.log</log><errorlog>$1/log/error.log</errorlog><size>10M</size><count>1</count></logger>
  <http_port>$2</http_port>
  <tcp_port>$3</tcp_port>
  <interserver_http_port>$4</interserver_http_port>
  <interserver_http_host>127.0.0.1</interserver_http_host>
  <listen_host>127.0.0.1</listen_host>
  <max_connections>64</max_connections>
  <keep_alive_timeout>3</keep_alive_timeout>
  <max_concurrent_queries>16</max_concurrent_queries>
  <uncompressed_cache_size>1073741824</uncompressed_cache_size>
  <mark_cache_size>268435456</mark_cache_size>
  <path>$1/data/</path>
  <tmp_path>$1/tmp/</tmp_path>
  <user_files_path>$1/user_files/</user_files_path>
  <format_schema_path>$1/format_schemas/</format_schema_path>
  <users_config>$1/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <timezone>UTC</timezone>
  <remote_servers>
    <govmedia_2shards>
      <shard><replica><host>127.0.0.1</host><port>$((CH_BASE + 1))</port></replica></shard>
      <shard><replica><host>127.0.0.1</host><port>$((CH_BASE + 11))</port></replica></shard>
    </govmedia_2shards>
  </remote_servers>
</yandex>
EOF
  cat >"$1/users.xml" <<'EOF'
<?xml version="1.0"?>
<yandex>
  <profiles><default><max_memory_usage>2000000000</max_memory_usage><max_threads>2</max_threads></default></profiles>
  <users><default><password></password><networks><ip>127.0.0.1</ip><ip>::1</ip></networks><profile>default</profile><quota>default</quota></default></users>
  <quotas><default><interval><duration>3600</duration><queries>0</queries><errors>0</errors><result_rows>0</result_rows><read_rows>0</read_rows><execution_time>0</execution_time></interval></default></quotas>
</yandex>
EOF
}

_engines_start_ch() {
  _engines_apt clickhouse-server clickhouse-client || { echo "engines: NOTICE ClickHouse package cannot be installed: ClickHouse tests skipped"; _engines_unavailable clickhouse; return 0; }
  command -v curl >/dev/null || _engines_apt curl || { echo "engines: NOTICE curl cannot be installed: ClickHouse tests skipped"; _engines_unavailable clickhouse; return 0; }
  local server
  server="$(command -v clickhouse-server || echo /usr/sbin/clickhouse-server)"
  CH_BASE="${GOVMEDIA_CH_BASE_PORT:-18123}"
  local urls=() s dir http
  for s in 0 1; do
    dir="$_engines_state/ch$((s + 1))"
    http=$((CH_BASE + 10 * s))
    _engines_ch_config "$dir" "$http" "$((http + 1))" "$((http + 2))"
    "$server" --config-file="$dir/config.xml" --pid-file="$dir/server.pid" >"$dir/log/stdout.log" 2>&1 &
    echo $! >"$dir/launcher.pid"
    urls+=("http://127.0.0.1:$http")
  done
  for s in 0 1; do
    _engines_wait_http "${urls[$s]}" 60 "$(cat "$_engines_state/ch$((s + 1))/launcher.pid")" || { tail -20 "$_engines_state/ch$((s + 1))/log/"*.log; echo "engines: ClickHouse shard $((s + 1)) failed to start"; return 1; }
  done
  export GOVMEDIA_CLICKHOUSE_URLS="${urls[0]},${urls[1]}" GOVMEDIA_CLICKHOUSE_CLUSTER=govmedia_2shards
  export GOVMEDIA_CLICKHOUSE_TCP_PORTS="$((CH_BASE + 1)),$((CH_BASE + 11))" # for clickhouse-client --port
  echo "engines: ClickHouse $(curl -fsS "${urls[0]}/?query=SELECT%20version()") shards at ${urls[*]} (cluster govmedia_2shards)"
}

engines_stop() {
  local f pid
  for f in "$_engines_state"/ch*/launcher.pid; do
    [ -f "$f" ] || continue
    pid="$(cat "$f")"
    kill "$pid" 2>/dev/null && for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
  done
  if [ -f "$_engines_state/pg/data/postmaster.pid" ]; then
    local bin
    bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$bin/pg_ctl" -D "$_engines_state/pg/data" -m fast -w stop >/dev/null 2>&1
    else "$bin/pg_ctl" -D "$_engines_state/pg/data" -m fast -w stop >/dev/null 2>&1; fi
  fi
  rm -rf "$_engines_state"
  unset GOVMEDIA_PG_HOST GOVMEDIA_PG_USER GOVMEDIA_PG_DATABASE GOVMEDIA_CLICKHOUSE_URLS GOVMEDIA_CLICKHOUSE_CLUSTER GOVMEDIA_CLICKHOUSE_TCP_PORTS GOVMEDIA_ENGINES_UNAVAILABLE
  echo "engines: stopped"
}

engines_start() {
  engines_stop >/dev/null 2>&1 # leftovers of an interrupted run
  mkdir -p "$_engines_state"
  _engines_start_pg || return 1
  _engines_start_ch || return 1
}

case "${1:-}" in
  start) engines_start ;;
  stop) engines_stop ;;
  "") ;;
  *) echo "usage: source scripts/engines.sh start | scripts/engines.sh stop" >&2; return 2 2>/dev/null || exit 2 ;;
esac
