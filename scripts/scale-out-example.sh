#!/usr/bin/env bash
# From a posts CSV to a WCI ranking on a two-shard ClickHouse cluster: the README's
# "Scaling out" walkthrough, run as is by CI (test/engines/scale-out-example.test.ts).
#   source scripts/engines.sh start      # two clickhouse-server processes, cluster govmedia_2shards
#   scripts/scale-out-example.sh [posts.csv] [period]
# GOVMEDIA is the govmedia command (default: node dist/cli.js; `npx govmedia` once installed).
set -euo pipefail
cd "$(dirname "$0")/.."
CSV="${1:-examples/data/posts.csv}"
PERIOD="${2:-2024-07}"
GOVMEDIA="${GOVMEDIA:-node dist/cli.js}"
: "${GOVMEDIA_CLICKHOUSE_TCP_PORTS:?start the cluster first: source scripts/engines.sh start}"
IFS=, read -r -a PORTS <<<"$GOVMEDIA_CLICKHOUSE_TCP_PORTS"
ch() { clickhouse-client --host 127.0.0.1 --port "$1" "${@:2}"; }

# 1. On every shard: a MergeTree table of posts and a Distributed table over the cluster.
for port in "${PORTS[@]}"; do
  ch "$port" --query "DROP TABLE IF EXISTS example_posts"
  ch "$port" --query "DROP TABLE IF EXISTS example_posts_local"
  $GOVMEDIA sql --ddl --dialect clickhouse --time-type timestamp --table example_posts --cluster govmedia_2shards | ch "$port" --multiquery
done
# 2. The CSV (any export govmedia reads: Chinese headers, 10万+, GBK …), as rows, inserted
#    through the Distributed table (which spreads them over the shards).
$GOVMEDIA sql --rows "$CSV" --dialect clickhouse --time-type timestamp \
  | ch "${PORTS[0]}" --insert_distributed_sync=1 --query "INSERT INTO example_posts FORMAT TabSeparated"
for port in "${PORTS[@]}"; do echo "shard on port $port: $(ch "$port" --query "SELECT count() FROM example_posts_local") posts" >&2; done
# 3. The ranking, computed by the cluster: WCI 14.2 per account for the period (China
#    time), highest first.
{
  echo "SELECT account_id, articles, value FROM ("
  $GOVMEDIA sql --index wci-14.2 --dialect clickhouse --time-type timestamp --period "$PERIOD" --table example_posts | sed 's/;$//'
  echo ") ORDER BY value DESC, account_id FORMAT TSVWithNames"
} | ch "${PORTS[0]}"
