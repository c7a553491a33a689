#!/usr/bin/env bash
# The study, end to end, on ../shared/data: the research's protocol redone with CXRKit on the
# real NIH ChestX-ray14 sample and the COVID-19 image collection, then docs/RESULTS.md.
#
#   scripts/study.sh            run every step not yet done (each step resumes or is skipped
#                               when its output exists), then write docs/RESULTS.md
#   scripts/study.sh results    only rewrite docs/RESULTS.md from what is in $OUT
#
# Environment: CXR (the binary, default .build/release/cxr), DATA (default ../shared/data),
# REFERENCE (default ../shared/reference), OUT (default runs/study), THREADS (engine threads,
# default: all cores).
#
# Steps (the research's numbering):
#  1. NIH sample, 14 findings, 5-fold patient CV on the reference's folds (ImageNet and scratch).
#  2. COVID-19 vs other, 5-fold patient CV on the reference's folds, three initialisations:
#     scratch, ImageNet, and NIH-pretrained (a model trained on the NIH sample, step 2a).
#     CXRKit's best recipe: the three transfer-learning runs (ImageNet reference recipe, ImageNet
#     with strong augmentation + cosine schedule, NIH-pretrained) averaged, each model also on the
#     mirrored image (`cxr ensemble`).
#  3. The 15-class model (14 NIH findings + COVID-19) on both sources, balanced sampler.
#  4. Heat maps: Grad-CAM scored against NIH boxes (each boxed image by the fold model that held
#     it out) and lung-mask energy on COVID test folds; SOM and t-SNE of raw pixels vs latent
#     features.
set -euo pipefail
cd "$(dirname "$0")/.."

CXR=${CXR:-.build/release/cxr}
DATA=${DATA:-../shared/data}
REFERENCE=${REFERENCE:-../shared/reference}
OUT=${OUT:-runs/study}
NIH="$DATA/nih-chestxray14"
COVID="$DATA/covid-19-image-collection"
THREADS_FLAG=()
if [ -n "${THREADS:-}" ]; then THREADS_FLAG=(--threads "$THREADS"); fi

results() {
    /usr/bin/python3 scripts/study_results.py --out "$OUT" --reference "$REFERENCE" --results docs/RESULTS.md
}

if [ "${1:-}" = "results" ]; then results; exit 0; fi

for path in "$NIH/images" "$COVID/images" "$REFERENCE/covid_folds.csv" "$REFERENCE/nih_folds.csv"; do
    if [ ! -e "$path" ]; then echo "study: $path is missing: the study needs the shared data (see ../shared/data/README.md)" >&2; exit 2; fi
done
mkdir -p "$OUT"
echo "study: started $(date -u '+%Y-%m-%d %H:%M UTC') on $(uname -m), $(nproc --all) cores: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)" | tee -a "$OUT/study.log"

# The reference's plain recipe (../shared/reference/README.md).
REF_RECIPE=(--model mobilenet_v2 --epochs 8 --batch-size 16 --weight-decay 1e-5 --schedule constant --augmentation reference)

step() {  # step NAME OUTPUT COMMAND...: runs COMMAND unless OUTPUT exists; logs its wall time
    local name=$1 done_file=$2; shift 2
    if [ -e "$done_file" ]; then echo "study: $name: done ($done_file)"; return; fi
    echo "study: $name"
    local start=$SECONDS
    "$@"
    echo "study: $name: $(( (SECONDS - start) / 60 )) min $(( (SECONDS - start) % 60 )) s" | tee -a "$OUT/study.log"
}

# 1. NIH 14 findings.
for init in imagenet scratch; do
    lr=1e-4; [ $init = scratch ] && lr=1e-3
    step "1. NIH CV ($init)" "$OUT/cv-nih-$init/cv.json" \
        "$CXR" cv "${THREADS_FLAG[@]}" --dataset nih --data "$NIH" --allow-missing --folds "$REFERENCE/nih_folds.csv" \
        --init $init --learning-rate $lr "${REF_RECIPE[@]}" --output "$OUT/cv-nih-$init"
done

# 2a. The NIH-pretrained start: ImageNet -> NIH sample (patient split 70/10/20).
train() {  # train RUN_FOLDER ARGS...: a new run, or the interrupted one resumed
    local run=$1; shift
    if [ -e "$run/last.safetensors" ]; then "$CXR" train "${THREADS_FLAG[@]}" --resume "$run"
    else "$CXR" train "${THREADS_FLAG[@]}" "$@" --output "$run"; fi
}
step "2a. NIH pretraining" "$OUT/nih-pretrain/best.safetensors.done" bash -c "$(declare -f train); CXR='$CXR'; THREADS_FLAG=(${THREADS_FLAG[*]});
    train '$OUT/nih-pretrain' --dataset nih --data '$NIH' --allow-missing --init imagenet --learning-rate 1e-4 ${REF_RECIPE[*]} \
        && touch '$OUT/nih-pretrain/best.safetensors.done'"

# 2. COVID-19 vs other: three initialisations with the reference's recipe.
for init in scratch imagenet nih; do
    case $init in
        scratch) start=scratch; lr=1e-3 ;;
        imagenet) start=imagenet; lr=1e-4 ;;
        nih) start="$OUT/nih-pretrain/best.safetensors"; lr=1e-4 ;;
    esac
    step "2. COVID CV ($init)" "$OUT/cv-covid-$init/cv.json" \
        "$CXR" cv "${THREADS_FLAG[@]}" --dataset covid --data "$COVID" --folds "$REFERENCE/covid_folds.csv" \
        --init "$start" --learning-rate $lr "${REF_RECIPE[@]}" --output "$OUT/cv-covid-$init"
done

# 2b. CXRKit's recipe: ImageNet start, strong augmentation, cosine schedule, 10 epochs; then the
# best recipe, fixed before the last two of those runs had finished: the ensemble of the three transfer-learning
# runs (ImageNet reference recipe, ImageNet CXRKit recipe, NIH-pretrained), each model also on the
# mirrored image.
step "2b. COVID CV (imagenet, strong augmentation, cosine)" "$OUT/cv-covid-imagenet-strong/cv.json" \
    "$CXR" cv "${THREADS_FLAG[@]}" --dataset covid --data "$COVID" --folds "$REFERENCE/covid_folds.csv" \
    --model mobilenet_v2 --init imagenet --epochs 10 --batch-size 16 --learning-rate 1e-4 --weight-decay 1e-5 \
    --schedule cosine --augmentation strong --output "$OUT/cv-covid-imagenet-strong"
step "2b. COVID ensemble + flips" "$OUT/ensemble-covid-best/cv.json" \
    "$CXR" ensemble "${THREADS_FLAG[@]}" "$OUT/cv-covid-imagenet" "$OUT/cv-covid-imagenet-strong" "$OUT/cv-covid-nih" --flip \
    --output "$OUT/ensemble-covid-best"
# 2c. CXRKit's best recipe, declared on 2026-11-30 at 20:40 UTC before its two new runs had finished
# (this comment and the step below were committed then): the ensemble of the ImageNet-initialised
# runs only, i.e. the reference recipe plus the CXRKit recipe with seeds 0, 1 and 2, each model
# also on the mirrored image. The NIH-pretrained run is left out: on 621 NIH images its start
# was worse than ImageNet's (0.696 vs 0.726).
for seed in 1 2; do
    step "2c. COVID CV (imagenet, CXRKit recipe, seed $seed)" "$OUT/cv-covid-imagenet-strong-seed$seed/cv.json" \
        "$CXR" cv "${THREADS_FLAG[@]}" --dataset covid --data "$COVID" --folds "$REFERENCE/covid_folds.csv" \
        --model mobilenet_v2 --init imagenet --epochs 10 --batch-size 16 --learning-rate 1e-4 --weight-decay 1e-5 \
        --schedule cosine --augmentation strong --seed $seed --output "$OUT/cv-covid-imagenet-strong-seed$seed"
done
step "2c. COVID CXRKit best recipe (ImageNet ensemble + flips)" "$OUT/ensemble-covid-declared/cv.json" \
    "$CXR" ensemble "${THREADS_FLAG[@]}" "$OUT/cv-covid-imagenet" "$OUT/cv-covid-imagenet-strong" \
    "$OUT/cv-covid-imagenet-strong-seed1" "$OUT/cv-covid-imagenet-strong-seed2" --flip --output "$OUT/ensemble-covid-declared"
# 2d. CXRKit's best recipe, second declaration, 2026-11-30 23:23 UTC, committed before any
# final-epoch model was scored on a test fold: the runs of 2c, each fold contributing BOTH its
# best-validation weights and its final-epoch weights (8 models per fold, each also on the mirrored
# image). Why: the best epoch is picked on 42 validation images (about 8 negatives) and lands on
# epochs 1-4 in most folds; the cosine schedule's final weights do not depend on that noisy choice,
# and averaging both halves the weight of any one pick. 2c's result stays in RESULTS.md as declared.
step "2d. COVID CXRKit best recipe (2c runs, best + final weights, flips)" "$OUT/ensemble-covid-final/cv.json" \
    "$CXR" ensemble "${THREADS_FLAG[@]}" "$OUT/cv-covid-imagenet" "$OUT/cv-covid-imagenet-strong" \
    "$OUT/cv-covid-imagenet-strong-seed1" "$OUT/cv-covid-imagenet-strong-seed2" --checkpoints both --flip \
    --output "$OUT/ensemble-covid-final"
step "2b. COVID reference recipe + flips (TTA alone)" "$OUT/ensemble-covid-imagenet-flip/cv.json" \
    "$CXR" ensemble "${THREADS_FLAG[@]}" "$OUT/cv-covid-imagenet" --flip --output "$OUT/ensemble-covid-imagenet-flip"

# 3. Fifteen classes over both sources, balanced sampler, patient split 70/10/20.
step "3. 15-class model" "$OUT/fifteen/evaluation-test/metrics.json" bash -c "$(declare -f train); CXR='$CXR'; THREADS_FLAG=(${THREADS_FLAG[*]});
    train '$OUT/fifteen' --dataset fifteen --data '$COVID' --nih-root '$NIH' --allow-missing --model mobilenet_v2 \
        --init imagenet --epochs 8 --batch-size 16 --learning-rate 1e-4 --weight-decay 1e-5 --schedule constant \
        --augmentation reference --sampling balanced && '$CXR' evaluate ${THREADS_FLAG[*]} '$OUT/fifteen'"

# 4. Localisation: every fold model on all annotated images; study_results.py keeps each image's
# score from the fold that held it out.
for k in 0 1 2 3 4; do
    step "4. NIH boxes, fold $k" "$OUT/localize/nih-fold-$k/localize.json" \
        "$CXR" localize "${THREADS_FLAG[@]}" "$OUT/cv-nih-imagenet/fold-$k" --dataset nih --data "$NIH" --images-folder images-1024 \
        --overlays 0 --output "$OUT/localize/nih-fold-$k"
    for run in imagenet nih imagenet-strong imagenet-strong-seed1 imagenet-strong-seed2; do
        step "4. COVID lung energy ($run), fold $k" "$OUT/localize/covid-$run-fold-$k/localize.json" \
            "$CXR" localize "${THREADS_FLAG[@]}" "$OUT/cv-covid-$run/fold-$k" --dataset covid --data "$COVID" \
            --overlays 0 --output "$OUT/localize/covid-$run-fold-$k"
    done
    for run in imagenet imagenet-strong imagenet-strong-seed1 imagenet-strong-seed2; do  # 2d's final-epoch weights
        step "4. COVID lung energy ($run, final weights), fold $k" "$OUT/localize/covid-$run-final-fold-$k/localize.json" \
            "$CXR" localize "${THREADS_FLAG[@]}" "$OUT/cv-covid-$run/fold-$k/last.safetensors" --dataset covid --data "$COVID" \
            --overlays 0 --output "$OUT/localize/covid-$run-final-fold-$k"
    done
done
for k in 0 1 2 3 4; do  # example overlays; study_results.py shows ones the fold's model held out
    step "4. COVID Grad-CAM examples, fold $k" "$OUT/localize/covid-examples-fold-$k/localize.json" \
        "$CXR" localize "${THREADS_FLAG[@]}" "$OUT/cv-covid-imagenet-strong/fold-$k" --dataset covid --data "$COVID" \
        --limit 40 --overlays 40 --output "$OUT/localize/covid-examples-fold-$k"
done

# 4. Latent space: raw 32 x 32 pixels vs each model's pooled features, SOM and t-SNE.
mkdir -p "$OUT/latent"
step "4. embed COVID raw pixels" "$OUT/latent/covid-raw.safetensors" \
    "$CXR" embed --dataset covid --data "$COVID" --folds "$REFERENCE/covid_folds.csv" --split all --raw-pixels 32 \
    --output "$OUT/latent/covid-raw.safetensors"
for run in imagenet nih; do
    step "4. embed COVID ($run, fold 0 model)" "$OUT/latent/covid-$run.safetensors" \
        "$CXR" embed "${THREADS_FLAG[@]}" "$OUT/cv-covid-$run/fold-0" --split all --output "$OUT/latent/covid-$run.safetensors"
done
step "4. embed 15-class raw pixels" "$OUT/latent/fifteen-raw.safetensors" \
    "$CXR" embed --dataset fifteen --data "$COVID" --nih-root "$NIH" --allow-missing --split all --raw-pixels 32 \
    --output "$OUT/latent/fifteen-raw.safetensors"
step "4. embed 15-class features" "$OUT/latent/fifteen-model.safetensors" \
    "$CXR" embed "${THREADS_FLAG[@]}" "$OUT/fifteen" --split all --output "$OUT/latent/fifteen-model.safetensors"
for name in covid-raw covid-imagenet covid-nih fifteen-raw fifteen-model; do
    step "4. t-SNE $name" "$OUT/latent/tsne-$name/tsne.json" "$CXR" tsne "$OUT/latent/$name.safetensors" --output "$OUT/latent/tsne-$name"
    step "4. SOM $name" "$OUT/latent/som-$name/som.json" "$CXR" som "$OUT/latent/$name.safetensors" --output "$OUT/latent/som-$name"
done

echo "study: finished $(date -u '+%Y-%m-%d %H:%M UTC')" | tee -a "$OUT/study.log"
results
