#!/usr/bin/env bash
# Load test: the bot against a ceiling and against the real SDK, side by side, in one run.
#
#   bash tests/load/run.sh [--rounds N] [--duration S] [--warmup S] [--connections N] [--threads N] [--mix]
#                          [--checked] [--occupations N] [--redis]
#
# Three servers answer the same Teams-like level question (tests/load/level.lua) with a reply of the same size:
#   bot       src/ChatBot, a full turn (read, understand, compose, build the card, reply with expectReplies)
#   baseline  tests/ChatBot.LoadBaseline: the same activity parsing and the bot's own reply bytes, no turn (the ceiling)
#   sdk       tests/load/sdk-bot: botbuilder's CloudAdapter answering with the bot's card (the reference)
# wrk runs against them in turn, round after round, so a machine that gets busier or quieter part-way through a run
# shifts all three alike; the table gives the median of the rounds. --mix adds tests/load/mix.lua against the bot,
# with the baseline as its ceiling. --redis adds a fourth target to the level question, measured in the same rounds:
#   redis     src/ChatBot again, with ConnectionStrings:Redis pointing at a redis-server this script starts on loopback
#             (context, redelivery check, welcome ledger and rate limit in Redis), against bot, the same in memory
#
# Correctness: each target's warm-up runs with every answer checked (status 200 and a body of an answer card's size);
# the timed rounds leave that check out: handing every body to Lua costs wrk CPU on the same two cores, which lowers
# the fast ceiling more than the slow targets and so flatters the bot. They still fail on any non-2xx or socket error,
# or when the mean bytes per response fall below the warm-up's (empty bodies). --checked keeps the check on in the
# timed rounds too.
set -euo pipefail

usage() {
  sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//'
  exit "${1:-0}"
}

rounds=3
duration=10
# The bot's tiered JIT needs about 15 s of load on two cores to reach steady state (consecutive 8 s rounds from a cold
# start: 2.7k, 8.6k, 11.7k req/s); a shorter warm-up measures the compiler, not the bot. Every target gets the same.
warmup=20
connections=32
threads=2
mix=0
checked=0
occupations=""
redis=0
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --mix) mix=1; shift ;;
    --checked) checked=1; shift ;;
    --occupations) occupations="$2"; shift 2 ;;
    --redis) redis=1; shift ;;
    -h|--help) usage 0 ;;
    *) echo "unknown option: $1" >&2; usage 2 ;;
  esac
done

repo=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repo"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# Ports 4100-4199 are this script's; a private artifacts path keeps its Release build out of the usual bin/obj.
bot_port=${LOAD_BOT_PORT:-4101}
baseline_port=${LOAD_BASELINE_PORT:-4102}
sdk_port=${LOAD_SDK_PORT:-4103}
redis_bot_port=${LOAD_REDIS_PORT:-4104}
redis_server_port=${LOAD_REDIS_SERVER_PORT:-4105}
artifacts=${LOAD_ARTIFACTS:-/tmp/load-artifacts}
work=$(mktemp -d /tmp/load-run.XXXXXX)

# SEEDS_DIR: the seed folder the bot loads.
SEEDS_DIR="$repo/seeds"
if [ -n "$occupations" ]; then
  # The real seeds among N-1 generated occupations (deterministic: seed 7), so the level question still names the
  # dispatchers and the bot must find them among a catalogue.
  SEEDS_DIR="$work/seeds"
  echo "== generating $((occupations - 1)) synthetic occupations beside the real seeds in $SEEDS_DIR"
  dotnet run --project "$repo/tests/ChatBot.SyntheticSeeds" -c Release --artifacts-path "$artifacts" -- \
    --count "$((occupations - 1))" --seed 7 --out "$SEEDS_DIR" --with-seeds "$repo/seeds" >"$work/generate.log" 2>&1 \
    || { echo "generating the seed folder failed; see $work/generate.log" >&2; exit 1; }
fi

# --- tools ----------------------------------------------------------------------------------------------------------
need() {
  local tool="$1" package="$2"
  command -v "$tool" >/dev/null && return
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && apt-get install -y -qq "$package" >/dev/null
  else
    echo "$tool is not installed: sudo apt-get install -y $package" >&2
    exit 1
  fi
}
need wrk wrk
need curl curl
need node nodejs
need npm npm
if [ "$redis" = 1 ]; then
  need redis-server redis-server
  need redis-cli redis-tools
fi

# --- servers, stopped whatever happens -----------------------------------------------------------------------------
pids=()
declare -A pid_of
cleanup() {
  local pid
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A Teams-like level question, as level.lua sends it; $1 is the activity id.
probe_activity() {
  cat <<EOF
{"type":"message","id":"probe-$1","channelId":"msteams","serviceUrl":"http://127.0.0.1:1/","locale":"en-US",
 "from":{"id":"29:1LoadProbeUser","name":"Load Probe","aadObjectId":"00000000-0000-4000-8000-000000000000"},
 "recipient":{"id":"28:8a2f3c1e-5b7d-4e9f-a1c3-6d0e2b4f7a91","name":"Skills Bot"},
 "conversation":{"conversationType":"personal","tenantId":"72f988bf-86f1-41af-91ab-2d7cd011db47","id":"a:1LoadProbe"},
 "channelData":{"tenant":{"id":"72f988bf-86f1-41af-91ab-2d7cd011db47"}},
 "textFormat":"plain","text":"What does a Proficient dispatcher do?","deliveryMode":"expectReplies"}
EOF
}

probes=0
# Posts the probe to $1's port $2, saves the body to $3; prints the status code.
probe() {
  probes=$((probes + 1))
  probe_activity "$(date +%s%N)-$probes" \
    | curl -s -o "$3" -w '%{http_code}' -H 'Content-Type: application/json' --data-binary @- \
      "http://127.0.0.1:$2/api/messages" || true
}

# Starts a server in the background: $1 name, $2 port, $3 folder to run in, the rest the command.
start() {
  local name="$1" port="$2" dir="$3"
  shift 3
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
    echo "port $port is already in use; set LOAD_${name^^}_PORT to another port in 4100-4199" >&2
    exit 1
  fi
  (cd "$dir" && exec "$@") >"$work/$name.log" 2>&1 &
  pids+=("$!")
  pid_of[$name]=$!
  local pid=$! status
  for _ in $(seq 1 120); do
    status=$(probe "$name" "$port" "$work/$name.probe.json")
    if [ "$status" = 200 ]; then
      return
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      break
    fi
    sleep 0.5
  done
  echo "$name did not answer on port $port (last status: ${status:-none}); its log:" >&2
  tail -20 "$work/$name.log" >&2
  exit 1
}

# Checks a saved reply: 200, {"activities":[...]} with one message carrying an Adaptive Card. $1 name, $2 file.
check_reply() {
  node -e '
    const reply = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const card = reply.activities?.[0]?.attachments?.[0];
    if (card?.contentType !== "application/vnd.microsoft.card.adaptive") {
      console.error(process.argv[2] + ": the reply is not {\"activities\":[{...an Adaptive Card...}]}");
      process.exit(1);
    }' "$2" "$1"
}

# --- what is measured ----------------------------------------------------------------------------------------------
commit=$(git rev-parse --short HEAD)
git diff --quiet HEAD -- src 2>/dev/null || commit="$commit (src has uncommitted changes)"
read -r load1 _ </proc/loadavg
echo "== load test: $(nproc) cores, commit $commit, $(dotnet --version | sed 's/^/.NET SDK /'), node $(node --version), $(wrk --version 2>&1 | head -1 | awk '{print "wrk", $2}')"
echo "   wrk -t$threads -c$connections --latency; $rounds round(s) of ${duration}s per target after a ${warmup}s warm-up each; seeds $SEEDS_DIR"
if awk -v l="$load1" 'BEGIN { exit !(l > 1.0) }'; then
  echo "   note: load average $load1 before the run: other processes share the CPU, so figures will be lower and noisier"
fi

echo "== build (Release, artifacts in $artifacts)"
for project in src/ChatBot/ChatBot.csproj tests/ChatBot.LoadBaseline/ChatBot.LoadBaseline.csproj; do
  if ! dotnet build "$project" -c Release --artifacts-path "$artifacts" -nologo >"$work/build.log" 2>&1; then
    grep -E 'error|Error' "$work/build.log" | sort -u | head -20 >&2
    echo "build of $project failed; full log: $work/build.log" >&2
    exit 1
  fi
done
# npm ci wipes and reinstalls node_modules (about 20 s here); skip it while the install matches the lock file.
if [ ! tests/load/sdk-bot/node_modules/.package-lock.json -nt tests/load/sdk-bot/package-lock.json ]; then
  npm ci --prefix tests/load/sdk-bot --no-audit --no-fund --loglevel=error
fi
sdk_version=$(node -p 'require("./tests/load/sdk-bot/node_modules/botbuilder/package.json").version')

echo "== start"
# From its output folder, so the bot reads its own appsettings.json, as deployed.
start bot "$bot_port" "$artifacts/bin/ChatBot/release" \
  dotnet ChatBot.dll --urls "http://127.0.0.1:$bot_port" --Seeds:Path="$SEEDS_DIR"
check_reply bot "$work/bot.probe.json"

# The bot's answer is what the other two send: the whole body for the baseline, the card and the message's other
# fields for the SDK bot.
cp "$work/bot.probe.json" "$work/reply.json"
node -e '
  const fs = require("fs");
  const message = JSON.parse(fs.readFileSync(process.argv[1], "utf8")).activities[0];
  fs.writeFileSync(process.argv[2], JSON.stringify(message.attachments[0].content));
  const fields = {};
  for (const key of ["text", "textFormat", "summary", "speak", "entities", "channelData"]) {
    if (key in message) fields[key] = message[key];
  }
  fs.writeFileSync(process.argv[3], JSON.stringify(fields));' "$work/reply.json" "$work/card.json" "$work/fields.json"

start baseline "$baseline_port" "$artifacts/bin/ChatBot.LoadBaseline/release" \
  dotnet ChatBot.LoadBaseline.dll --urls "http://127.0.0.1:$baseline_port" --reply "$work/reply.json"
check_reply baseline "$work/baseline.probe.json"
start sdk "$sdk_port" "$repo/tests/load/sdk-bot" \
  env NODE_ENV=production node --no-deprecation index.js --card "$work/card.json" --fields "$work/fields.json" --port "$sdk_port"
check_reply sdk "$work/sdk.probe.json"
level_targets=(bot baseline sdk)
if [ "$redis" = 1 ]; then
  # Nothing saved to disk, as in the tests; the bot's keys go under their own prefix.
  (cd "$work" && exec redis-server --port "$redis_server_port" --bind 127.0.0.1 --save '' --appendonly no) >"$work/redis-server.log" 2>&1 &
  pids+=("$!")
  pid_of[redis-server]=$!
  for _ in $(seq 1 50); do
    redis-cli -p "$redis_server_port" ping >/dev/null 2>&1 && break
    sleep 0.1
  done
  start redis "$redis_bot_port" "$artifacts/bin/ChatBot/release" \
    dotnet ChatBot.dll --urls "http://127.0.0.1:$redis_bot_port" --Seeds:Path="$SEEDS_DIR" \
    --ConnectionStrings:Redis="127.0.0.1:$redis_server_port" --Redis:KeyPrefix=load
  check_reply redis "$work/redis.probe.json"
  level_targets=(bot redis baseline sdk)
fi
for target in "${level_targets[@]}"; do
  echo "   $target answers 200 with $(wc -c <"$work/$target.probe.json") bytes"
done

# --- wrk --------------------------------------------------------------------------------------------------------------
declare -A port=([bot]=$bot_port [baseline]=$baseline_port [sdk]=$sdk_port [redis]=$redis_bot_port)
run_id=$(date +%s)
runs=0
broken=0

# Runs wrk: $1 scenario, $2 target, $3 seconds, $4 1 to check every answer, $5 output file.
wrk_run() {
  runs=$((runs + 1))
  LOAD_CHECK="$4" wrk "-t$threads" "-c$connections" "-d${3}s" --latency -s "tests/load/$1.lua" \
    "http://127.0.0.1:${port[$2]}/api/messages" -- "$run_id$runs" >"$5" 2>&1 || true
}

# The figures run.sh reads from a wrk output: req/s, p50 and p99 in ms, non-2xx, socket errors, bytes per response.
read_wrk() {
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /^Requests\/sec:/ { rps = $2 }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    /^counted:/ { non2xx = $4; socket = $6; bytes = $9 }
    END { printf "%s %s %s %s %s %s\n", rps + 0, p50 + 0, p99 + 0, (non2xx == "" ? -1 : non2xx), (socket == "" ? -1 : socket), bytes + 0 }
  ' "$1"
}

# Warm-up with every answer checked; remembers the bytes per response the timed rounds are held to.
declare -A warm_bytes
warm_up() {
  local scenario="$1" target="$2" out="$work/$1-$2-warmup.txt" check_line
  wrk_run "$scenario" "$target" "$warmup" 1 "$out"
  check_line=$(grep '^check:' "$out" || echo "check: no output")
  echo "   warm-up $scenario $target: ${check_line#check: }"
  if ! grep -q '^check: [1-9][0-9]* answered, 0 non-200, 0 small bodies.*, 0 socket errors' "$out"; then
    broken=1
    tail -5 "$out" | sed 's/^/     /'
  fi
  warm_bytes[$scenario-$target]=$(read_wrk "$out" | awk '{print $6}')
}

# CPU time (user + system, in clock ticks) a process has used so far.
cpu_ticks() {
  awk '{ print $14 + $15 }' "/proc/$1/stat"
}

# With --redis: CPU ticks used during the timed rounds, per process, and the requests those rounds answered.
declare -A ticks_used requests_made

# Interleaved rounds: $1 scenario, then the targets.
measure() {
  local scenario="$1" round target out figures before_bot before_redis
  shift
  for target in "$@"; do
    warm_up "$scenario" "$target"
  done
  for round in $(seq 1 "$rounds"); do
    for target in "$@"; do
      out="$work/$scenario-$target-$round.txt"
      before_bot=$(cpu_ticks "${pid_of[$target]}")
      [ "$redis" = 1 ] && before_redis=$(cpu_ticks "${pid_of[redis-server]}")
      wrk_run "$scenario" "$target" "$duration" "$checked" "$out"
      ticks_used[$scenario-$target]=$(( ${ticks_used[$scenario-$target]:-0} + $(cpu_ticks "${pid_of[$target]}") - before_bot ))
      if [ "$redis" = 1 ]; then
        ticks_used[$scenario-$target-redis-server]=$(( ${ticks_used[$scenario-$target-redis-server]:-0} + $(cpu_ticks "${pid_of[redis-server]}") - before_redis ))
      fi
      requests_made[$scenario-$target]=$(( ${requests_made[$scenario-$target]:-0} + $(awk '/requests in/ { n = $1 } END { print n + 0 }' "$out") ))
      figures=$(read_wrk "$out")
      echo "$figures" >>"$work/$scenario-$target.figures"
      # shellcheck disable=SC2086 # the figures are six words, one per argument
      verify_round "$scenario" "$target" "$round" $figures
    done
  done
}

verify_round() {
  local scenario="$1" target="$2" round="$3" rps="$4" non2xx="$7" socket="$8" bytes="$9" problems=""
  [ "$non2xx" = 0 ] || problems="$problems $non2xx non-2xx;"
  [ "$socket" = 0 ] || problems="$problems $socket socket errors;"
  if awk -v b="$bytes" -v w="${warm_bytes[$scenario-$target]}" 'BEGIN { exit !(b < 0.95 * w) }'; then
    problems="$problems $bytes bytes per response against ${warm_bytes[$scenario-$target]} in the warm-up (empty bodies?);"
  fi
  if [ "$checked" = 1 ] && ! grep -q '^check: [1-9][0-9]* answered, 0 non-200, 0 small bodies' "$work/$scenario-$target-$round.txt"; then
    problems="$problems $(grep '^check:' "$work/$scenario-$target-$round.txt" || echo 'no check line');"
  fi
  printf '   round %d %-8s %10.0f req/s%s\n' "$round" "$target" "$rps" "${problems:+  BROKEN:$problems}"
  [ -z "$problems" ] || broken=1
}

# Median of each column of a figures file, one line: req/s p50 p99 bytes-per-response.
medians() {
  local column
  for column in 1 2 3 6; do
    awk -v c="$column" '{ print $c }' "$1" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'
  done | paste -sd' '
}

format_ms() {
  awk -v v="$1" 'BEGIN { if (v < 1) printf "%.0f us", v * 1000; else if (v < 100) printf "%.2f ms", v; else printf "%.0f ms", v }'
}

# The table for a scenario: $1 scenario, then the targets. "reply bytes" is the body of the answer to the probe (the
# Proficient question); "bytes/resp" is what wrk read per response on average, headers included.
table() {
  local scenario="$1" target rps p50 p99 bytes
  shift
  echo
  printf '%-10s %12s %10s %10s %12s %11s\n' "$scenario" "req/s" "p50" "p99" "reply bytes" "bytes/resp"
  for target in "$@"; do
    read -r rps p50 p99 bytes <<<"$(medians "$work/$scenario-$target.figures")"
    printf '%-10s %12.0f %10s %10s %12s %11.0f\n' "$target" "$rps" "$(format_ms "$p50")" "$(format_ms "$p99")" \
      "$(wc -c <"$work/$target.probe.json")" "$bytes"
    printf -v "median_${scenario}_${target}" '%s' "$rps"
  done
}

ratio() {
  awk -v a="$1" -v b="$2" -v f="$3" 'BEGIN { if (b > 0) printf f, a / b * (f ~ /%%/ ? 100 : 1); else printf "n/a" }'
}

echo "== level question (tests/load/level.lua)"
measure level "${level_targets[@]}"
if [ "$redis" = 1 ]; then
  # Unsaturated: one connection, one request at a time, so p50 is the turn itself rather than the queue in front of it.
  echo "== level question, one connection at a time: bot and redis"
  for round in $(seq 1 "$rounds"); do
    for target in bot redis; do
      runs=$((runs + 1))
      LOAD_CHECK=0 wrk -t1 -c1 "-d${duration}s" --latency -s tests/load/level.lua \
        "http://127.0.0.1:${port[$target]}/api/messages" -- "$run_id$runs" >"$work/single-$target-$round.txt" 2>&1 || true
      read_wrk "$work/single-$target-$round.txt" >>"$work/single-$target.figures"
      printf '   round %d %-8s %10.0f req/s\n' "$round" "$target" "$(tail -1 "$work/single-$target.figures" | awk '{ print $1 }')"
    done
  done
fi
if [ "$mix" = 1 ]; then
  echo "== mix of questions (tests/load/mix.lua; the baseline still answers with the level card)"
  measure mix bot baseline
fi

echo
echo "== results: median of $rounds round(s) of ${duration}s, wrk -t$threads -c$connections, $(nproc) cores, commit $commit"
echo "   bot = src/ChatBot (full turn); baseline = parse + canned reply (ceiling); sdk = botbuilder $sdk_version CloudAdapter, same card"
if [ "$redis" = 1 ]; then
  echo "   redis = src/ChatBot with its shared state in redis-server $(redis-server --version | grep -oE 'v=[0-9.]+' | cut -c3-) on loopback"
fi
table level "${level_targets[@]}"
echo
echo "bot / baseline: $(ratio "$median_level_bot" "$median_level_baseline" '%.1f%%')   (goal: at least 60%)"
echo "bot / sdk:      $(ratio "$median_level_bot" "$median_level_sdk" '%.1fx')   (goal: more than 15x)"
if [ "$redis" = 1 ]; then
  # What Redis costs a turn, all from this run: throughput and p50 under load against the same bot in memory; CPU per
  # turn (the bot's process, and redis-server's, over the timed rounds: on a shared machine this moves less than
  # throughput does); p50 one request at a time; and the commands Redis ran per turn.
  read -r _ p50_bot _ <<<"$(medians "$work/level-bot.figures")"
  read -r _ p50_redis _ <<<"$(medians "$work/level-redis.figures")"
  read -r _ single_bot _ <<<"$(medians "$work/single-bot.figures")"
  read -r _ single_redis _ <<<"$(medians "$work/single-redis.figures")"
  per_turn() {
    awk -v t="$1" -v n="$2" -v hz="$(getconf CLK_TCK)" 'BEGIN { if (n > 0) printf "%.0f us", t / hz / n * 1e6; else printf "n/a" }'
  }
  commands=$(redis-cli -p "$redis_server_port" info stats | tr -d '\r' | awk -F: '$1 == "total_commands_processed" { print $2 }')
  requests=$(cat "$work"/level-redis-*.txt "$work"/single-redis-*.txt | awk '/requests in/ { s += $1 } END { print s + 0 }')
  echo
  echo "redis / bot:    $(ratio "$median_level_redis" "$median_level_bot" '%.1f%%') of the throughput; p50 under load $(format_ms "$p50_redis") against $(format_ms "$p50_bot")"
  echo "CPU per turn:   bot $(per_turn "${ticks_used[level-bot]}" "${requests_made[level-bot]}"); redis $(per_turn "${ticks_used[level-redis]}" "${requests_made[level-redis]}") in the bot + $(per_turn "${ticks_used[level-redis-redis-server]}" "${requests_made[level-redis]}") in redis-server"
  echo "one at a time:  p50 $(format_ms "$single_redis") with Redis against $(format_ms "$single_bot") in memory (wrk -t1 -c1, median of $rounds round(s))"
  echo "Redis commands: $(awk -v c="$commands" -v n="$requests" 'BEGIN { if (n > 0) printf "%.1f", c / n; else printf "n/a" }') per turn, the rate-limit script's own four included ($commands over $requests requests, warm-up and probes too)"
fi
if [ "$mix" = 1 ]; then
  table mix bot baseline
  echo
  echo "bot / baseline: $(ratio "$median_mix_bot" "$median_mix_baseline" '%.1f%%')"
fi
echo
echo "raw wrk output and server logs: $work"
if [ "$broken" = 1 ]; then
  echo "BROKEN: some answers under load were wrong (see above); the figures do not count" >&2
  exit 1
fi
