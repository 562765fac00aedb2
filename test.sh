#!/usr/bin/env bash
# The one test command, for developers and CI alike:
#   ./test.sh                       every test in LatsarBot.sln
#   ./test.sh --filter Onboarding   any extra arguments go to `dotnet test`
# It installs what the tests need from the system when run as root (chromium, PostgreSQL), runs a
# throwaway PostgreSQL for the duration, and ends with one plain line "N passed, N failed, N skipped".
# Exit code: dotnet test's, and non-zero as well when no test ran at all.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
root=$(pwd)

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
. scripts/pg-env.sh

results="$root/TestResults"
mkdir -p "$results"
log="$results/test.log"

# --- 1. What the machine must have -------------------------------------------------------------
# The browser tests drive /usr/bin/chromium through Playwright (never `playwright install`, which
# downloads); the PostgreSQL tests need the server binaries. CI runs as root on a machine without
# chromium, so root installs what is missing; anyone else is told exactly what to install.
missing=()
if ! command -v dotnet >/dev/null 2>&1; then
  echo "test.sh: the .NET SDK is missing. Install the .NET 10 SDK (https://learn.microsoft.com/dotnet/core/install/linux) and put dotnet on PATH." >&2
  exit 1
fi
sdk_major=$(dotnet --version | cut -d. -f1)
if [ "$sdk_major" -lt 10 ]; then
  echo "test.sh: dotnet $(dotnet --version) found; LatsarBot targets net10.0 and needs the .NET 10 SDK." >&2
  exit 1
fi
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -n "$(pg_bin_dir)" ] || missing+=(postgresql)

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "test.sh: missing system packages: ${missing[*]}" >&2
    [[ " ${missing[*]} " == *" chromium "* ]] && echo "  chromium    /usr/bin/chromium, for the browser tests" >&2
    [[ " ${missing[*]} " == *" postgresql "* ]] && echo "  postgresql  initdb/pg_ctl, for the PostgreSQL tests (no service needed; test.sh starts its own)" >&2
    echo "Install them with:  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  echo "test.sh: installing ${missing[*]} (chromium takes a minute or two)" >&2
  apt_log="$results/apt.log"
  if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"; } >"$apt_log" 2>&1 </dev/null; then
    tail -n 30 "$apt_log" >&2
    echo "test.sh: apt-get could not install ${missing[*]} (full log: $apt_log)" >&2
    exit 1
  fi
fi

# --- 2. A throwaway PostgreSQL, stopped however this script ends ---------------------------------
cleanup() { scripts/pg-stop.sh || true; }
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
LATSARBOT_TEST_POSTGRES=$(LATSARBOT_PG_OWNER=$$ scripts/pg-start.sh)
export LATSARBOT_TEST_POSTGRES

# --- 3. Build and test -------------------------------------------------------------------------
dotnet tool restore >/dev/null

# The benchmarks are not in the solution (nobody runs them in CI), but they must still build: they use
# the same code, and a change that breaks them should fail here, not on the day someone measures.
set +e
{
  for bench in bench/*/*.csproj; do
    dotnet build "$bench" -c Debug -nologo -v quiet || echo "test.sh: $bench: error BENCH0001: the benchmark does not build"
  done
} > "$log" 2>&1
grep -E ': error [A-Z]+[0-9]+:' "$log" >&2 || true

# The blame options turn a test that hangs into a failure after 10 minutes, instead of a run that
# silently eats the whole CI time budget.
dotnet test LatsarBot.sln -c Debug \
  --blame-hang-timeout 10m --blame-hang-dump-type none \
  "$@" 2>&1 | tee -a "$log"
rc=${PIPESTATUS[0]}
set -e

# --- 4. One plain closing line ------------------------------------------------------------------
# VSTest prints one "Passed!/Failed!  - Failed: F, Passed: P, Skipped: S, Total: T" line per test
# assembly; add them up. Colour codes are stripped in case a terminal asked for them.
read -r passed failed skipped < <(
  sed 's/\x1b\[[0-9;]*m//g' "$log" | awk '
    /(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+/ {
      gsub(",", "")
      for (i = 1; i <= NF; i++) {
        if ($i == "Failed:") f += $(i + 1)
        if ($i == "Passed:") p += $(i + 1)
        if ($i == "Skipped:") s += $(i + 1)
      }
    }
    END { printf "%d %d %d\n", p, f, s }')

if [ "$rc" -eq 0 ] && [ "$failed" -gt 0 ]; then
  rc=1
fi
# A project that does not compile prints no count line either.
build_errors=$(grep -E ': error [A-Z]+[0-9]+:' "$log" | sort -u | wc -l || true)
if [ "$build_errors" -gt 0 ]; then
  echo "test.sh: the build reported $build_errors error(s); projects that did not build ran no tests (see $log)" >&2
  [ "$rc" -ne 0 ] || rc=1
fi
# An aborted run (test host crashed or could not start) prints no count line, so the sum above
# cannot show it; name the assemblies so the non-zero exit is not a mystery.
aborted=$(sed -n "s/^Testhost process for source(s) '\(.*\)' exited with error.*/\1/p" "$log" | xargs -r -n1 basename | sort -u | paste -sd ' ' -)
if grep -q "Test Run Aborted" "$log"; then
  echo "test.sh: test run aborted for: ${aborted:-see $log} (its tests are not counted below)" >&2
  [ "$rc" -ne 0 ] || rc=1
fi
if [ $((passed + failed + skipped)) -eq 0 ]; then
  echo "test.sh: no test ran (a build error, or a --filter that matches nothing); see $log" >&2
  [ "$rc" -ne 0 ] || rc=1
fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$rc"
