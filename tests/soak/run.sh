#!/usr/bin/env bash
# Soak test: the bot under a steady mixed question load for a bounded time, every answer checked.
#
#   bash tests/soak/run.sh [--duration S] [--rate N] [--conversations N] [--max-conversations N]
#
# Builds the bot and tests/ChatBot.Soak in Release (into /tmp/soak-artifacts, apart from everyone's bin/ folders),
# starts the bot on loopback from its output folder with Conversations:MaxConversations set low, waits until it answers,
# then the driver sends a fixed rate of Teams-shaped requests (open loop) over many conversations: level, domain and AI
# questions in varied phrasings, follow-ups in the same conversation, and clicks on the buttons of the cards the bot
# returned. It checks every answer against the seed store, reads the bot's resident memory at 10 s and at the end, and
# the "ChatBot" meter's gauge of conversation contexts held throughout. Exits 1 when a target is missed:
# any wrong or failed answer, resident memory growing 10% or more, contexts held above the limit.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$repo"

duration=60
rate=200
conversations=3000
max_conversations=1000
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) duration="$2"; shift 2 ;;
    --rate) rate="$2"; shift 2 ;;
    --conversations) conversations="$2"; shift 2 ;;
    --max-conversations) max_conversations="$2"; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

# Ports 3978 and 4101-4103 belong to the bot's default and the load test; the soak takes 4201 unless told otherwise.
port=${SOAK_BOT_PORT:-4201}
artifacts=${SOAK_ARTIFACTS:-/tmp/soak-artifacts}
work=$(mktemp -d /tmp/soak-run.XXXXXX)
base="http://127.0.0.1:$port"

# --- build ----------------------------------------------------------------------------------------------------------
echo "== building the bot and the soak driver in Release into $artifacts"
for project in src/ChatBot/ChatBot.csproj tests/ChatBot.Soak/ChatBot.Soak.csproj; do
  dotnet build "$project" -c Release --artifacts-path "$artifacts" >"$work/build.log" 2>&1 \
    || { tail -20 "$work/build.log" >&2; echo "building $project failed; see $work/build.log" >&2; exit 1; }
done

# --- the bot, stopped whatever happens ------------------------------------------------------------------------------
if curl -s -o /dev/null "$base/"; then
  echo "port $port is already in use; set SOAK_BOT_PORT to a free port from 4201 up" >&2
  exit 1
fi
(cd "$artifacts/bin/ChatBot/release" && exec dotnet ChatBot.dll --urls "$base" --Seeds:Path="$repo/seeds" \
  --Conversations:MaxConversations="$max_conversations") >"$work/bot.log" 2>&1 &
bot_pid=$!
cleanup() {
  kill "$bot_pid" 2>/dev/null || true
  wait "$bot_pid" 2>/dev/null || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A level question as Teams sends it; $1 makes its id unique (the redelivery guard answers a repeated id with nothing).
probe() {
  curl -s -o "$work/probe.json" -w '%{http_code}' -H 'Content-Type: application/json' --data-binary @- "$base/api/messages" <<JSON || true
{"type":"message","id":"soak-probe-$1","channelId":"msteams","serviceUrl":"http://127.0.0.1:1/","locale":"en-US",
 "from":{"id":"29:1SoakProbe","name":"Soak Probe"},"recipient":{"id":"28:skills-bot","name":"Skills Bot"},
 "conversation":{"conversationType":"personal","id":"a:1SoakProbe"},"textFormat":"plain",
 "text":"What does a Proficient dispatcher do?","deliveryMode":"expectReplies"}
JSON
}

# Ready: /readyz answers 200 (or, where the bot has no /readyz yet, /healthz does), then /api/messages answers a
# question with 200. A 503 counts as not ready yet here, before the run; during the run it is an error.
ready=""
for attempt in $(seq 1 120); do
  kill -0 "$bot_pid" 2>/dev/null || break
  health=$(curl -s -o /dev/null -w '%{http_code}' "$base/readyz" || true)
  [ "$health" = 404 ] && health=$(curl -s -o /dev/null -w '%{http_code}' "$base/healthz" || true)
  if [ "$health" = 200 ]; then
    status=$(probe "$attempt")
    if [ "$status" = 200 ]; then
      ready=1
      break
    fi
    [ "$status" = 503 ] || { echo "the bot answered the probe with $status before the run" >&2; break; }
  fi
  sleep 0.5
done
if [ -z "$ready" ]; then
  echo "the bot did not become ready on $base; its log:" >&2
  tail -20 "$work/bot.log" >&2
  exit 1
fi

read -r load1 _ </proc/loadavg
echo "== bot ready on $base (pid $bot_pid), commit $(git rev-parse --short HEAD), $(nproc) cores, load average $load1"
if awk -v l="$load1" 'BEGIN { exit !(l > 1.0) }'; then
  echo "   note: other processes share the CPU, so latency figures will be higher and noisier"
fi

# --- the soak -------------------------------------------------------------------------------------------------------
status=0
dotnet "$artifacts/bin/ChatBot.Soak/release/ChatBot.Soak.dll" --url "$base/api/messages" --pid "$bot_pid" \
  --seeds "$repo/seeds" --duration "$duration" --rate "$rate" --conversations "$conversations" \
  --max-conversations "$max_conversations" | tee "$work/soak.txt" || status=$?
if ! kill -0 "$bot_pid" 2>/dev/null; then
  echo "FAILED: the bot exited during the run; its log: $work/bot.log" >&2
  status=1
fi
echo "report and bot log: $work"
exit "$status"
