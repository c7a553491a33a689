#!/usr/bin/env bash
# Coverage-guided fuzzing of CXRKit's parsers with libFuzzer and AddressSanitizer (docs/FUZZING.md).
#
#   scripts/fuzz.sh run   [TARGET...]   `make fuzz`: every target for FUZZ_SECONDS (default 60 s),
#                                       over a million executions in all on a 2-core machine
#   scripts/fuzz.sh smoke [TARGET...]   `make fuzz-smoke` (CI): every target for 15 s
#   scripts/fuzz.sh regress [TARGET...] only replay Fuzz/Crashes/<target>/ (no fuzzing)
#
# Builds the targets of Fuzz/ (debug, -sanitize=fuzzer,address) into .build-fuzz, writes seed
# corpora into a temporary folder (scripts/fuzz_seeds.py: the shared images, DICOM made from
# them with dcmtk, torch.save files, tables, configurations, uploads), replays the kept crash
# inputs, then fuzzes each target in turn. A crashing input is saved as
# Fuzz/Crashes/<target>/crash-<sha1> (or leak-, oom-, timeout-): commit it with the fix, the
# test suite replays it (FuzzRegressionTests). Exits non-zero if any target crashed.
#
# Environment: FUZZ_SECONDS (seconds per target), FUZZ_CORPUS (keep the corpora in this
# folder instead of a temporary one, to resume later), FUZZ_NO_BUILD=1 (use the built targets),
# FUZZ_MIN_EXECUTIONS (run: warn below this total, default 1000000).
set -uo pipefail
cd "$(dirname "$0")/.."

MODE=${1:-run}
shift || true
ALL_TARGETS=(FuzzDICOM FuzzPNG FuzzJPEG FuzzSafeTensors FuzzTorchZip FuzzTorchPickle FuzzZip FuzzCSV FuzzFoldTable FuzzConfigJSON FuzzMultipart)
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=("${ALL_TARGETS[@]}")
case "$MODE" in
    run) SECONDS_PER_TARGET=${FUZZ_SECONDS:-60} ;;
    smoke) SECONDS_PER_TARGET=${FUZZ_SECONDS:-15} ;;
    regress) SECONDS_PER_TARGET=0 ;;
    *) echo "usage: $0 run|smoke|regress [TARGET...]" >&2; exit 2 ;;
esac
MIN_EXECUTIONS=${FUZZ_MIN_EXECUTIONS:-1000000}
SCRATCH=.build-fuzz
BIN=$SCRATCH/debug

# Largest input libFuzzer makes per target: big enough for the seeds' structure, small enough
# to keep executions fast.
max_len() {
    case "$1" in
        FuzzDICOM|FuzzPNG|FuzzJPEG|FuzzTorchZip) echo 16384 ;;
        FuzzSafeTensors|FuzzTorchPickle|FuzzZip) echo 8192 ;;
        *) echo 4096 ;;
    esac
}

# ---- build -------------------------------------------------------------------------------
if [ "${FUZZ_NO_BUILD:-0}" != 1 ]; then
    echo "fuzz: building ${#TARGETS[@]} targets (debug, -sanitize=fuzzer,address) in $SCRATCH"
    build_start=$(date +%s)
    build_log=$(mktemp "${TMPDIR:-/tmp}/cxr-fuzz-build.XXXXXX")
    for t in "${TARGETS[@]}"; do
        # One product at a time: building the whole package would also build the main package's
        # own products (cxr, the server) under the sanitizers.
        if ! swift build --package-path Fuzz --scratch-path "$SCRATCH" -c debug \
                -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library --product "$t" >"$build_log" 2>&1; then
            # gold warns once per ASan helper symbol ("Cannot export local symbol"): noise.
            grep -v -e "Cannot export local symbol" "$build_log" | tail -40 >&2
            echo "fuzz: building $t failed" >&2
            rm -f "$build_log"
            exit 1
        fi
    done
    rm -f "$build_log"
    echo "fuzz: build took $(( $(date +%s) - build_start )) s"
fi
for t in "${TARGETS[@]}"; do
    [ -x "$BIN/$t" ] || { echo "fuzz: $BIN/$t is missing (build it, or unset FUZZ_NO_BUILD)" >&2; exit 1; }
done

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=0:handle_abort=1}
# Swift 6 runtime backtraces on a crash (swift-backtrace) can hang under libFuzzer: libFuzzer reports.
export SWIFT_BACKTRACE=${SWIFT_BACKTRACE:-enable=no}
failed=()

# ---- replay the kept crash inputs ------------------------------------------------------------
for t in "${TARGETS[@]}"; do
    dir=Fuzz/Crashes/$t
    files=()
    [ -d "$dir" ] && while IFS= read -r f; do files+=("$f"); done < <(find "$dir" -type f ! -name '.*' ! -name '*.md' | sort)
    [ ${#files[@]} -eq 0 ] && continue
    replay_log=$(mktemp "${TMPDIR:-/tmp}/cxr-fuzz-replay.XXXXXX")
    if "$BIN/$t" -rss_limit_mb=2048 -malloc_limit_mb=2048 -timeout=30 "${files[@]}" >"$replay_log" 2>&1; then
        echo "fuzz: $t: ${#files[@]} kept crash inputs replay cleanly"
    else
        echo "fuzz: $t: a kept crash input crashes again:" >&2
        grep -E "Running:|ERROR|Fatal error|SUMMARY" "$replay_log" | tail -5 >&2
        failed+=("$t(regression)")
    fi
    rm -f "$replay_log"
done
if [ "$MODE" = regress ]; then
    [ ${#failed[@]} -eq 0 ] && exit 0
    echo "fuzz: regressions: ${failed[*]}" >&2
    exit 1
fi

# ---- seeds -------------------------------------------------------------------------------------
if [ -n "${FUZZ_CORPUS:-}" ]; then
    WORK=$FUZZ_CORPUS
    mkdir -p "$WORK"
else
    WORK=$(mktemp -d "${TMPDIR:-/tmp}/cxr-fuzz.XXXXXX")
    trap 'rm -rf "$WORK"' EXIT
fi
PYTHON=python3
[ -x /usr/bin/python3 ] && PYTHON=/usr/bin/python3  # Debian's, with python3-torch/-pil when installed
rm -rf "$WORK/seeds"
"$PYTHON" scripts/fuzz_seeds.py "$WORK/seeds" || { echo "fuzz: writing the seeds failed" >&2; exit 1; }

# ---- fuzz ---------------------------------------------------------------------------------------
total=0
report=()
for t in "${TARGETS[@]}"; do
    mkdir -p "$WORK/corpus/$t" "$WORK/logs" "Fuzz/Crashes/$t"
    seeds=("$WORK/seeds/$t")
    [ -d "$WORK/seeds/$t" ] || seeds=()
    dict=()
    [ -f "Fuzz/Dictionaries/$t.dict" ] && dict=("-dict=Fuzz/Dictionaries/$t.dict")
    before=$(ls "Fuzz/Crashes/$t" | sort)
    log=$WORK/logs/$t.log
    echo "fuzz: $t for ${SECONDS_PER_TARGET} s (max_len $(max_len "$t"))"
    start=$(date +%s)
    "$BIN/$t" "$WORK/corpus/$t" "${seeds[@]}" "${dict[@]}" \
        -max_total_time="$SECONDS_PER_TARGET" -max_len="$(max_len "$t")" -timeout=10 \
        -rss_limit_mb=2048 -malloc_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="Fuzz/Crashes/$t/" >"$log" 2>&1
    status=$?
    elapsed=$(( $(date +%s) - start ))
    rm -f Fuzz/Crashes/"$t"/slow-unit-*
    runs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$')
    runs=${runs:-0}
    total=$(( total + runs ))
    corpus=$(ls "$WORK/corpus/$t" | wc -l)
    cov=$(grep -oE 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -1)
    new=$(comm -13 <(echo "$before") <(ls "Fuzz/Crashes/$t" | sort) | tr '\n' ' ')
    if [ $status -ne 0 ] || [ -n "$new" ]; then
        failed+=("$t")
        echo "fuzz: $t CRASHED (exit $status) after $runs executions; input kept: ${new:-none}" >&2
        grep -E "ERROR: |Fatal error|SUMMARY|==[0-9]+==ERROR|Test unit written" "$log" | head -8 >&2
        if [ -n "${FUZZ_CORPUS:-}" ]; then
            echo "fuzz: full log: $log" >&2
        else
            tail -40 "$log" >&2  # the log goes with the temporary folder
        fi
    fi
    report+=("$(printf '%-16s %6ss %10s execs %8s/s  corpus %5s  %s' "$t" "$elapsed" "$runs" "$(( runs / (elapsed > 0 ? elapsed : 1) ))" "$corpus" "$cov")")
done

echo
echo "fuzz: results ($MODE, ${SECONDS_PER_TARGET} s per target)"
for line in "${report[@]}"; do echo "  $line"; done
echo "  total: $total executions"
if [ "$MODE" = run ] && [ "$total" -lt "$MIN_EXECUTIONS" ] && [ ${#TARGETS[@]} -eq ${#ALL_TARGETS[@]} ]; then
    echo "fuzz: WARNING: $total executions, fewer than $MIN_EXECUTIONS: raise FUZZ_SECONDS" >&2
fi
if [ ${#failed[@]} -ne 0 ]; then
    echo "fuzz: FAILED: ${failed[*]} (inputs in Fuzz/Crashes/<target>/; replay: $BIN/<target> FILE)" >&2
    exit 1
fi
echo "fuzz: no crashes"
