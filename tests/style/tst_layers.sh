#!/usr/bin/env bash
# The engine's folders form layers: a file may include its own folder and the folders on lower lines, never a folder
# on its own line or a higher one. Value types everyone needs sit at the bottom so that nobody has to climb for them.
# Fails naming each include that breaks the order, and each engine folder the order does not place yet.
# Usage: tst_layers.sh ROOT   (the repository, or any tree with an engine/ folder laid out like it)
set -euo pipefail
root=$1
cd "$root"

# Lowest first. Folders on the same line are independent of each other.
layers=(
  "core"                              # clock, business calendar, agents, logging, cron expressions
  "db"                                # the database worker, sessions, errors, SQL value decoding
  "business"                          # who is staff, what a context request carries, TeamTime's optional features
  "llm"                               # model providers, prices
  "auth cluster migrations"           # sign-in and audit, the private PostgreSQL, schema migrations
  "actions config"                    # the action log; agent settings and the stores managers edit
  "context"                           # context modules and their assembly
  "prompts"                           # standing instructions and the prompt for one run
  "tools"                             # tools, their executor, approvals, tool and provider controls
  "runs"                              # one run of an agent, its budget and record
  "metrics"                           # roll-ups, imports, what the Metrics page reads
  "scheduler"                         # cron, slots, health
  "dashboard diagnostics demo"        # what looks across everything
  "simulation"                        # simulated models and the store simulator, over the whole engine
  "services"                          # what the console awaits
)

declare -A level
for i in "${!layers[@]}"; do
  for folder in ${layers[$i]}; do
    level[$folder]=$i
  done
done

[ -d engine ] || { echo "tst_layers: no engine/ under $root"; exit 1; }
problems=()
for dir in engine/*/; do
  folder=$(basename "$dir")
  [ -n "${level[$folder]+x}" ] || problems+=("engine/$folder/ is not placed in the layer order (tests/style/tst_layers.sh)")
done

checked=0
while IFS= read -r file; do
  from=$(cut -d/ -f2 <<<"$file")
  [ -n "${level[$from]+x}" ] || continue # reported above
  checked=$((checked + 1))
  while IFS=: read -r line target; do
    to=${target%%/*}
    [ "$to" != "$from" ] || continue
    [ -n "${level[$to]+x}" ] || continue # not an engine folder (a generated or third-party header)
    if [ "${level[$to]}" -ge "${level[$from]}" ]; then
      if [ "${level[$to]}" -eq "${level[$from]}" ]; then why="the same layer as"; else why="a higher layer than"; fi
      problems+=("$file:$line includes \"$target\": $to/ is on $why $from/")
    fi
  done < <(grep -n '^[[:space:]]*#[[:space:]]*include[[:space:]]*"[^"/]*/[^"]*"' "$file" |
    sed -E 's/^([0-9]+):[[:space:]]*#[[:space:]]*include[[:space:]]*"([^"]*)".*/\1:\2/')
done < <(find engine -mindepth 2 -type f \( -name '*.h' -o -name '*.cpp' \) | sort)

[ "$checked" -gt 100 ] || { echo "tst_layers: found only $checked engine files under $root"; exit 1; }
if [ "${#problems[@]}" -gt 0 ]; then
  printf 'tst_layers: %s\n' "${problems[@]}"
  echo "tst_layers: ${#problems[@]} problem(s): move the code to the layer it belongs to, or split it"
  exit 1
fi
echo "tst_layers: $checked engine files include only their own folder and lower layers"
