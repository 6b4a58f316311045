#!/usr/bin/env bash
# Starts the engine servers (scripts/engines.sh: PostgreSQL, two-shard ClickHouse),
# runs the engine tests against them as mandatory (GOVMEDIA_REQUIRE_ENGINES=1), and
# stops the servers whatever happens. Extra arguments go to vitest.
#   npm run test:engines            # test/engines
#   npm run test:engines -- -t wci-14.2
set -euo pipefail
cd "$(dirname "$0")/.."
export TZ=UTC
# shellcheck source=engines.sh
source scripts/engines.sh
trap engines_stop EXIT
engines_start
GOVMEDIA_REQUIRE_ENGINES=1 npx vitest run test/engines "$@"
