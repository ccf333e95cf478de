#!/usr/bin/env bash
# The published bot, started the way a host starts it: `dotnet publish`, then `dotnet ChatBot.dll` from the output
# alone, with nothing but the standard hosting variables to say where it listens.
#
#   bash tests/publish/run.sh
#
# Publishes src/ChatBot (Release) into a temp folder, checks the seeds are in it, then in a private network namespace
# (unshare --net: nobody else's ports, nothing reaches or leaves the machine) with loopback and one ethernet-type
# interface holding 198.51.100.1 (TEST-NET-2, a documentation address that exists only inside that namespace):
#   1. ASPNETCORE_HTTP_PORTS=8080 and nothing else (the .NET container images' setting): the bot listens on every
#      address, so a level question asked at 198.51.100.1, not a loopback address, gets its ten statements;
#      SIGTERM then stops it with exit code 0.
#   2. ASPNETCORE_URLS=http://+:8081, started from / (not the output folder): the same answer, from the seeds
#      published beside ChatBot.dll.
#   3. A seed folder that does not exist, three times: exit code 1 every time, one critical line, no unhandled
#      exception.
#   4. `dotnet run --project src/ChatBot --no-build` with no variables: the launch profile's http://localhost:3978,
#      in Development, answers the level question.
# Prints one line per check and `publish: N passed, M failed`; exits 1 when a check fails (2 when it cannot run).
# Every wait is bounded; every process it starts is stopped on exit. Needs the .NET SDK, curl, iproute2 and
# unshare (util-linux), and root or unprivileged user namespaces.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
address=198.51.100.1
level_question='{"type":"message","id":"1","channelId":"msteams","serviceUrl":"http://127.0.0.1:9/","from":{"id":"29:me"},"recipient":{"id":"28:bot"},"conversation":{"id":"c1"},"text":"What does a Proficient dispatcher do?","deliveryMode":"expectReplies"}'
# The first and last of the Proficient level's ten statements.
expected=("Complex dispatch coordination" "Cross-functional coordination")

passed=0
failed=0
check() { # check NAME COMMAND...: runs the command, prints ok or FAIL with the name
  local name=$1; shift
  if "$@"; then echo "ok    $name"; passed=$((passed + 1)); else echo "FAIL  $name"; failed=$((failed + 1)); fi
}

# --- inside the namespace -------------------------------------------------------------------------------------------
if [ "${1:-}" = "--inside" ]; then
  app=$2
  work=$3
  ip link set lo up
  ip link add bot0 type veth peer name peer0
  ip addr add "$address/24" dev bot0
  ip link set bot0 up
  ip link set peer0 up

  bot_pid=
  stop_bot() { # SIGTERM, then the exit code in $bot_status
    bot_status=
    [ -n "$bot_pid" ] || return 0
    kill -TERM "$bot_pid" 2>/dev/null || true
    for _ in $(seq 1 150); do kill -0 "$bot_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$bot_pid" 2>/dev/null || true
    set +e; wait "$bot_pid"; bot_status=$?; set -e
    bot_pid=
  }
  trap stop_bot EXIT

  # Only PATH and HOME (and DOTNET_ROOT, where the SDK needs it) come along: no ASPNETCORE_* or DOTNET_* of the caller.
  clean_env=(env -i "PATH=$PATH" "HOME=${HOME:-/root}" ${DOTNET_ROOT:+"DOTNET_ROOT=$DOTNET_ROOT"} DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1)

  ready() { # ready URL: /readyz answers 200 within 90 s
    for _ in $(seq 1 450); do
      [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$1/readyz")" = 200 ] && return 0
      kill -0 "$bot_pid" 2>/dev/null || return 1
      sleep 0.2
    done
    return 1
  }
  answers_level() { # answers_level URL LOG: the reply holds the Proficient statements
    local body
    body=$(curl -s --max-time 10 "$1/api/messages" -H 'Content-Type: application/json' -d "$level_question") || return 1
    echo "$body" >"$2.reply.json"
    for statement in "${expected[@]}"; do grep -qF "$statement" <<<"$body" || return 1; done
  }

  # 1. ASPNETCORE_HTTP_PORTS alone, from the output folder.
  (cd "$app" && exec "${clean_env[@]}" ASPNETCORE_HTTP_PORTS=8080 dotnet ChatBot.dll) >"$work/http-ports.log" 2>&1 &
  bot_pid=$!
  check "ASPNETCORE_HTTP_PORTS=8080 alone: ready at $address:8080 (not loopback)" ready "http://$address:8080"
  check "ASPNETCORE_HTTP_PORTS=8080 alone: a level answer from $address:8080" answers_level "http://$address:8080" "$work/http-ports"
  every_address() { grep -qF 'Now listening on: http://[::]:8080' "$work/http-ports.log" && ! grep -q 'Overriding' "$work/http-ports.log"; }
  check "ASPNETCORE_HTTP_PORTS=8080 alone: listening on every address, nothing overridden" every_address
  stop_bot
  check "ASPNETCORE_HTTP_PORTS=8080 alone: SIGTERM stops it with exit code 0 (was $bot_status)" test "$bot_status" = 0

  # 2. ASPNETCORE_URLS, started from elsewhere: the seeds beside ChatBot.dll are found.
  (cd / && exec "${clean_env[@]}" ASPNETCORE_URLS=http://+:8081 dotnet "$app/ChatBot.dll") >"$work/urls.log" 2>&1 &
  bot_pid=$!
  check "ASPNETCORE_URLS=http://+:8081, started from /: ready at $address:8081" ready "http://$address:8081"
  check "ASPNETCORE_URLS=http://+:8081, started from /: a level answer from $address:8081" answers_level "http://$address:8081" "$work/urls"
  stop_bot

  # 3. A start-up failure, three times: the same exit code, one critical line, no unhandled exception.
  for run in 1 2 3; do
    set +e
    (cd "$app" && timeout 90 "${clean_env[@]}" ASPNETCORE_HTTP_PORTS=8082 Seeds__Path=/no-such-seed-folder dotnet ChatBot.dll) \
      >"$work/no-seeds-$run.log" 2>&1
    status=$?
    set -e
    one_clear_failure() { [ "$status" = 1 ] && [ "$(grep -c '^crit:' "$1")" = 1 ] && ! grep -q 'Unhandled exception' "$1"; }
    check "no seed folder, run $run: exit code 1 (was $status), one critical line, no unhandled exception" \
      one_clear_failure "$work/no-seeds-$run.log"
  done

  # 4. dotnet run: the launch profile's port and environment.
  (cd "$repo" && exec "${clean_env[@]}" dotnet run --project src/ChatBot --no-build) >"$work/dotnet-run.log" 2>&1 &
  bot_pid=$!
  check "dotnet run --project src/ChatBot: ready at http://localhost:3978" ready "http://localhost:3978"
  in_development() { answers_level http://localhost:3978 "$work/dotnet-run" && grep -qF 'Hosting environment: Development' "$work/dotnet-run.log"; }
  check "dotnet run --project src/ChatBot: a level answer from http://localhost:3978, in Development" in_development
  stop_bot

  echo "$passed $failed" >"$work/counts"
  exit 0
fi

# --- outside: publish, then run the checks in the namespace ---------------------------------------------------------
cd "$repo"
work=$(mktemp -d /tmp/skills-bot-publish.XXXXXX)
app="$work/app"
echo "== publish: dotnet publish src/ChatBot into $app (logs in $work)"
if ! dotnet publish src/ChatBot -c Release -o "$app" >"$work/publish.log" 2>&1; then
  tail -20 "$work/publish.log" >&2
  echo "publish: dotnet publish failed" >&2
  exit 2
fi
# `dotnet run --no-build` below needs the Debug build CI makes; build it here when it is missing or stale.
dotnet build src/ChatBot >"$work/build.log" 2>&1 || { tail -20 "$work/build.log" >&2; echo "publish: dotnet build failed" >&2; exit 2; }

seeds_published() {
  local count=0
  for source in seeds/*; do cmp -s "$source" "$app/seeds/$(basename "$source")" || return 1; count=$((count + 1)); done
  [ "$count" -gt 0 ]
}
check "the published output holds every file of seeds/, byte for byte" seeds_published
no_fixed_address() { [ ! -e "$app/Properties/launchSettings.json" ] && ! grep -q '"Urls"' "$app/appsettings.json"; }
check "the published output has no launch profile and no \"Urls\" setting" no_fixed_address

namespace=(unshare --net)
[ "$(id -u)" -eq 0 ] || namespace=(unshare --user --map-root-user --net)
if ! "${namespace[@]}" true 2>"$work/unshare.log"; then
  cat "$work/unshare.log" >&2
  echo "publish: cannot create a private network namespace (${namespace[*]}); the bind checks need one" >&2
  exit 2
fi
"${namespace[@]}" bash "${BASH_SOURCE[0]}" --inside "$app" "$work"
read -r inside_passed inside_failed <"$work/counts"
passed=$((passed + inside_passed))
failed=$((failed + inside_failed))

echo "publish: $passed passed, $failed failed"
if [ "$failed" -ne 0 ]; then
  echo "(logs and replies in $work)"
  exit 1
fi
rm -rf "$work"
