/// The page `GET /` serves: one self-contained HTML document (inline CSS and JavaScript, no
/// external assets, no build step). It reads `/api/model`, sends the dropped or chosen file to
/// `/api/predict` and `/api/cam`, and shows the probabilities as bars with the operating
/// thresholds marked, a class selector, the class activation map overlay and the timings.
///
/// Stable element ids (the browser test uses them): `#file`, `#drop`, `#status`, `#model`,
/// `#probabilities` (one `.row` per class, `data-class`, `data-probability`), `#class`,
/// `#heatmap`, `#timings`.
enum WebPage {
    static let html = #"""
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CXRKit: chest X-ray classifier</title>
<style>
  :root { --ink: #1d2430; --muted: #5b6675; --line: #d9dee5; --accent: #2a6fdb; --positive: #c2410c; --bg: #f5f7fa; }
  * { box-sizing: border-box; }
  body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: var(--ink); background: var(--bg); }
  header { padding: 14px 24px; background: #fff; border-bottom: 1px solid var(--line); display: flex; align-items: baseline; gap: 16px; flex-wrap: wrap; }
  header h1 { font-size: 18px; margin: 0; }
  #model { color: var(--muted); font-size: 13px; }
  main { display: grid; grid-template-columns: minmax(320px, 1fr) minmax(320px, 1.1fr); gap: 20px; padding: 20px 24px; max-width: 1200px; }
  @media (max-width: 800px) { main { grid-template-columns: 1fr; } }
  section { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 16px; }
  h2 { font-size: 14px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: 0 0 10px; }
  #drop { border: 2px dashed #aab4c3; border-radius: 8px; padding: 22px; text-align: center; color: var(--muted); cursor: pointer; transition: background .15s, border-color .15s; }
  #drop.over { background: #eaf1fd; border-color: var(--accent); }
  #drop strong { color: var(--ink); }
  #file { margin-top: 10px; }
  #status { min-height: 1.5em; margin: 10px 0 0; font-size: 14px; }
  #status.error { color: #b91c1c; }
  #probabilities { margin-top: 6px; }
  .row { display: grid; grid-template-columns: minmax(110px, 34%) 1fr 58px; align-items: center; gap: 10px; padding: 3px 0; }
  .name { font-size: 14px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .row.positive .name { font-weight: 600; color: var(--positive); }
  .track { position: relative; height: 14px; background: #edf0f4; border-radius: 3px; }
  .fill { position: absolute; left: 0; top: 0; bottom: 0; background: var(--accent); border-radius: 3px; }
  .row.positive .fill { background: var(--positive); }
  .threshold { position: absolute; top: -3px; bottom: -3px; width: 2px; background: var(--ink); }
  .value { text-align: right; font-variant-numeric: tabular-nums; font-size: 13px; }
  .legend { color: var(--muted); font-size: 12px; margin-top: 8px; }
  .legend i { display: inline-block; width: 2px; height: 10px; background: var(--ink); vertical-align: middle; margin: 0 4px 0 2px; }
  #heatmap { display: block; max-width: 100%; max-height: 72vh; width: auto; margin: 0 auto; border-radius: 6px; background: #000; min-height: 40px; }
  #heatmap:not([src]) { display: none; }
  .placeholder { color: var(--muted); font-size: 14px; padding: 30px 0; text-align: center; }
  .scale { height: 10px; border-radius: 3px; margin-top: 8px; background: linear-gradient(90deg, #440154, #472c7a, #3b518b, #2c718e, #21908d, #27ad81, #5cc863, #aadc32, #fde725); }
  .scale-labels { display: flex; justify-content: space-between; color: var(--muted); font-size: 12px; }
  label[for=class] { font-size: 14px; margin-right: 6px; }
  select { font: inherit; padding: 3px 6px; }
  #timings { color: var(--muted); font-size: 12px; margin-top: 10px; font-variant-numeric: tabular-nums; }
  footer { color: var(--muted); font-size: 12px; padding: 0 24px 20px; }
</style>
</head>
<body>
<header>
  <h1>Chest X-ray classifier</h1>
  <span id="model">loading the model&hellip;</span>
</header>
<main>
  <section>
    <h2>Image</h2>
    <div id="drop" tabindex="0"><strong>Drop an X-ray here</strong> or click to choose a file<br><small>PNG, JPEG or DICOM</small></div>
    <input id="file" type="file" accept=".png,.jpg,.jpeg,.dcm,.dicom,image/png,image/jpeg,application/dicom,*/*">
    <p id="status"></p>
    <h2 style="margin-top:14px">Probabilities</h2>
    <div id="probabilities"><div class="placeholder">No image yet.</div></div>
    <div class="legend" id="legend" hidden><i></i>operating threshold (classes at or above it in orange)</div>
    <div id="timings"></div>
  </section>
  <section>
    <h2>Class activation map</h2>
    <div><label for="class">Class</label><select id="class" disabled></select></div>
    <p class="placeholder" id="heatmap-placeholder">The map of the chosen class appears here.</p>
    <img id="heatmap" alt="class activation map overlay">
    <div class="scale" aria-hidden="true"></div>
    <div class="scale-labels"><span>low support</span><span>high support for the class</span></div>
  </section>
</main>
<footer>Research use only; not a medical device. Images are analysed in memory and not stored.</footer>
<script>
(function () {
  "use strict";
  var fileInput = document.getElementById("file"), drop = document.getElementById("drop");
  var statusLine = document.getElementById("status"), bars = document.getElementById("probabilities");
  var select = document.getElementById("class"), heatmap = document.getElementById("heatmap");
  var timings = document.getElementById("timings"), placeholder = document.getElementById("heatmap-placeholder");
  var current = null, camRequest = 0, predictTimings = "";

  function setStatus(text, isError) {
    statusLine.textContent = text;
    statusLine.className = isError ? "error" : "";
  }
  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function ms(x) { return x.toFixed(x < 10 ? 1 : 0) + " ms"; }
  async function errorText(response) {
    try { var j = await response.json(); return j.error || response.statusText; } catch (e) { return response.status + " " + response.statusText; }
  }

  fetch("/api/model").then(function (r) { return r.json(); }).then(function (m) {
    var parts = [m.architecture, m.imageSize + " px", m.classes.length + " classes", "trained on " + m.dataset];
    if (m.validationMeanAUC != null) parts.push("validation mean AUC " + m.validationMeanAUC.toFixed(3));
    document.getElementById("model").textContent = parts.join(" \u00b7 ");
    m.classes.forEach(function (name) { var o = el("option", null, name); o.value = name; select.appendChild(o); });
  }).catch(function () { document.getElementById("model").textContent = "model information unavailable"; });

  function showProbabilities(answer) {
    bars.textContent = "";
    var rows = answer.predictions.slice().sort(function (a, b) { return b.probability - a.probability; });
    rows.forEach(function (p) {
      var row = el("div", "row" + (p.positive ? " positive" : ""));
      row.dataset.class = p["class"];
      row.dataset.probability = String(p.probability);
      var name = el("span", "name", p["class"]);
      name.title = p["class"];
      var track = el("div", "track"), fill = el("div", "fill");
      fill.style.width = (100 * p.probability).toFixed(2) + "%";
      track.appendChild(fill);
      if (p.threshold != null) {
        var mark = el("div", "threshold");
        mark.style.left = "calc(" + (100 * p.threshold).toFixed(2) + "% - 1px)";
        mark.title = "operating threshold " + p.threshold.toFixed(3);
        track.appendChild(mark);
      }
      row.appendChild(name); row.appendChild(track); row.appendChild(el("span", "value", p.probability.toFixed(3)));
      bars.appendChild(row);
    });
    document.getElementById("legend").hidden = !answer.predictions.some(function (p) { return p.threshold != null; });
  }

  async function showMap() {
    if (!current) return;
    var ticket = ++camRequest, started = performance.now();
    placeholder.textContent = "Computing the map of " + select.value + "\u2026";
    placeholder.hidden = false;
    var response = await fetch("/api/cam?class=" + encodeURIComponent(select.value), { method: "POST", body: current,
      headers: { "Content-Type": "application/octet-stream" } });
    if (ticket !== camRequest) return;
    if (!response.ok) { placeholder.textContent = "No map: " + await errorText(response); heatmap.removeAttribute("src"); return; }
    var blob = await response.blob();
    if (heatmap.src) URL.revokeObjectURL(heatmap.src);
    heatmap.dataset.class = select.value;
    heatmap.alt = "class activation map of " + select.value;
    heatmap.src = URL.createObjectURL(blob);
    placeholder.hidden = true;
    timings.textContent = predictTimings + " \u00b7 map " + ms(performance.now() - started);
  }

  async function analyse(file) {
    if (!file) return;
    current = file;
    setStatus("Analysing " + file.name + "\u2026", false);
    var started = performance.now();
    try {
      var response = await fetch("/api/predict", { method: "POST", body: file, headers: { "Content-Type": "application/octet-stream" } });
      if (!response.ok) {
        setStatus(file.name + ": " + await errorText(response), true);
        bars.innerHTML = '<div class="placeholder">No probabilities.</div>';
        heatmap.removeAttribute("src"); placeholder.hidden = false; placeholder.textContent = "";
        return;
      }
      var answer = await response.json();
      var t = answer.timings;
      setStatus(file.name + ": " + answer.image.format + ", " + answer.image.width + " \u00d7 " + answer.image.height + " pixels", false);
      showProbabilities(answer);
      predictTimings = "decode " + ms(t.decodeMilliseconds) + " \u00b7 preprocess " + ms(t.preprocessMilliseconds) +
        " \u00b7 queue " + ms(t.queueMilliseconds) + " \u00b7 model " + ms(t.inferenceMilliseconds) + " (batch of " + t.batchSize + ")" +
        " \u00b7 server " + ms(t.totalMilliseconds) + " \u00b7 round trip " + ms(performance.now() - started);
      timings.textContent = predictTimings;
      var top = answer.predictions.reduce(function (a, b) { return b.probability > a.probability ? b : a; });
      select.value = top["class"];
      select.disabled = false;
      await showMap();
    } catch (e) {
      setStatus("The server could not be reached: " + e, true);
    }
  }

  fileInput.addEventListener("change", function () { analyse(fileInput.files[0]); });
  select.addEventListener("change", showMap);
  drop.addEventListener("click", function () { fileInput.click(); });
  drop.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") fileInput.click(); });
  ["dragenter", "dragover"].forEach(function (t) { drop.addEventListener(t, function (e) { e.preventDefault(); drop.classList.add("over"); }); });
  ["dragleave", "drop"].forEach(function (t) { drop.addEventListener(t, function (e) { e.preventDefault(); drop.classList.remove("over"); }); });
  drop.addEventListener("drop", function (e) { if (e.dataTransfer.files.length) analyse(e.dataTransfer.files[0]); });
})();
</script>
</body>
</html>
"""#
}
