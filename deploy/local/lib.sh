# shellcheck shell=bash disable=SC2034 # the variables are used by the scripts that source this file
# Shared by deploy/local/start and deploy/local/stop. Not meant to be run on its own.

LOCAL_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$LOCAL_DIR/../.." && pwd)
WORK=${SLP_LOCAL_DIR:-$ROOT/.work/local}
LOGS=$WORK/logs
PIDS=$WORK/pids
LIB=$WORK/lib
RUN=$WORK/run
PG_DATA=$WORK/postgres/data

SERVICES=(assessment-service partner-service matching-service)
declare -A SERVICE_PORT=([assessment-service]=8081 [partner-service]=8082 [matching-service]=8083 [web-console]=8080)
# the browser console: no database, no Kafka; started after the services, stopped before them
CONSOLE=web-console
declare -A SERVICE_DB=([assessment-service]=assessment [partner-service]=partner [matching-service]=matching)

# every JVM we start carries this marker, so a stale pid file never makes us signal somebody else's process
MARKER="-Dslp.local.stack=$WORK"

if [[ -t 1 ]]; then
  C_BOLD=$'\e[1m' C_RED=$'\e[31m' C_GREEN=$'\e[32m' C_YELLOW=$'\e[33m' C_OFF=$'\e[0m'
else
  C_BOLD='' C_RED='' C_GREEN='' C_YELLOW='' C_OFF=''
fi

say()  { printf '%s==>%s %s\n' "$C_BOLD" "$C_OFF" "$*"; }
warn() { printf '%swarning:%s %s\n' "$C_YELLOW" "$C_OFF" "$*" >&2; }
err()  { printf '%serror:%s %s\n' "$C_RED" "$C_OFF" "$*" >&2; }

# alive PID: the process exists and is not a zombie
alive() {
  local pid=$1 stat
  [[ -n $pid ]] || return 1
  if [[ -r /proc/$pid/stat ]]; then
    stat=$(<"/proc/$pid/stat") 2>/dev/null || return 1
    stat=${stat##*) }
    [[ ${stat%% *} != Z ]]
  else
    kill -0 "$pid" 2>/dev/null
  fi
}

# cmdline_has PID TEXT: the process's command line contains TEXT
cmdline_has() {
  local pid=$1 text=$2 cmd
  [[ -r /proc/$pid/cmdline ]] || return 1
  cmd=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) || return 1
  [[ $cmd == *"$text"* ]]
}

# ours PID: a live process that this stack started (checked by the marker in its command line)
ours() { alive "$1" && cmdline_has "$1" "$MARKER"; }

pid_of() { local f=$PIDS/$1.pid; [[ -f $f ]] && cat "$f" 2>/dev/null; }

# stop_components GRACE_SECONDS NAME...: SIGTERM all, wait up to GRACE, then SIGKILL what is left
stop_components() {
  local grace=$1; shift
  local name pid pids=() names=() i
  for name in "$@"; do
    pid=$(pid_of "$name") || true
    if [[ -n $pid ]] && ours "$pid"; then
      kill -TERM "$pid" 2>/dev/null || true
      pids+=("$pid"); names+=("$name")
    fi
    rm -f "$PIDS/$name.pid"
  done
  ((${#pids[@]})) || return 0
  say "stopping ${names[*]}"
  for ((i = 0; i < grace * 5; i++)); do
    local left=0
    for pid in "${pids[@]}"; do alive "$pid" && left=1; done
    ((left)) || break
    sleep 0.2
  done
  for i in "${!pids[@]}"; do
    if alive "${pids[$i]}"; then
      warn "${names[$i]} (pid ${pids[$i]}) did not stop within ${grace}s; killing it"
      kill -KILL "${pids[$i]}" 2>/dev/null || true
    fi
  done
  # reap our own children (no-op for processes started by another shell)
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}

# stop_orphan_postmaster: a postmaster left over on our data directory (after a kill -9 of the launcher)
stop_orphan_postmaster() {
  local pidfile=$PG_DATA/postmaster.pid pid i
  [[ -f $pidfile ]] || return 0
  pid=$(head -n 1 "$pidfile" 2>/dev/null) || return 0
  [[ $pid =~ ^[0-9]+$ ]] || return 0
  alive "$pid" && cmdline_has "$pid" "$PG_DATA" || return 0
  say "stopping leftover PostgreSQL server (pid $pid)"
  kill -INT "$pid" 2>/dev/null || true # fast shutdown
  for ((i = 0; i < 100; i++)); do alive "$pid" || return 0; sleep 0.2; done
  warn "PostgreSQL (pid $pid) did not stop within 20s; killing it"
  kill -KILL "$pid" 2>/dev/null || true
}

# port_open HOST PORT: something accepts TCP connections there
port_open() {
  # shellcheck disable=SC2016 # expanded by the inner bash
  timeout 2 bash -c 'exec 3<>"/dev/tcp/$1/$2"' _ "$1" "$2" 2>/dev/null
}
