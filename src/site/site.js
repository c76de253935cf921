// swlaw site: the date control, the map's colouring and the search. The answers come from
// data.js, where swlaw has already worked out each record's state between the days it can
// change; this script only looks a date up. Without it, every page shows the day it was made.
(function () {
  "use strict";
  var data = window.SWLAW;
  if (!data) return;
  var ACTIVITIES = ["selling", "buying", "soliciting", "organizing"];

  function lookup(id, day) {
    var record = data.records[id];
    if (!record) return null;
    var found = null;
    for (var i = 0; i < record.intervals.length; i++) {
      if (record.intervals[i].from <= day) found = record.intervals[i];
    }
    return found; // null: before the record's history, every status unknown
  }

  function valueOf(interval, field) {
    if (!interval) return "unknown";
    return field === "regime" ? interval.regime : interval.status[field];
  }

  function setCell(cell, value) {
    cell.textContent = value;
    cell.className = (cell.dataset.field === "regime" ? "regime " : "status ") + value;
  }

  // Folding as swlaw folds names: accents dropped, apostrophes removed, other marks a space.
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/['\u2019`]/g, "").replace(/[^a-z0-9]+/g, " ").trim();
  }

  var dateInput = document.getElementById("as-of");
  var bySelect = document.getElementById("by");
  var note = document.getElementById("as-of-note");

  function currentDay() {
    var value = dateInput && dateInput.value;
    return /^\d{4}-\d{2}-\d{2}$/.test(value || "") ? value : data.generated;
  }

  function recolourMap(day, by) {
    var palette = by === "regime" ? data.palette.regime : data.palette.status;
    document.querySelectorAll("svg.map a > g[id]").forEach(function (g) {
      var interval = lookup(g.id, day);
      var value = valueOf(interval, by);
      g.setAttribute("fill", palette[value] || palette.unknown);
      var title = g.querySelector("title");
      if (title) title.textContent = data.records[g.id].name + " (" + g.id + "): " + by + " " + value;
      g.querySelectorAll("[fill='url(#swlaw-hatch)']").forEach(function (hatch) {
        hatch.style.display = value === "varies" ? "" : "none";
      });
    });
    document.querySelectorAll("ul.legend").forEach(function (legend) {
      legend.hidden = legend.dataset.legend !== (by === "regime" ? "regime" : "status");
    });
  }

  function update() {
    var day = currentDay();
    var by = bySelect ? bySelect.value : "regime";
    document.querySelectorAll(".as-of-text").forEach(function (span) { span.textContent = day; });
    if (note) note.textContent = day > data.generated ? "after the day this site was made: today's law carried forward" : "";
    document.querySelectorAll("tr[data-id]").forEach(function (row) {
      var interval = lookup(row.dataset.id, day);
      row.querySelectorAll("[data-field]").forEach(function (cell) { setCell(cell, valueOf(interval, cell.dataset.field)); });
    });
    var panel = document.getElementById("as-of-panel");
    if (panel) {
      var interval = lookup(panel.dataset.record, day);
      panel.querySelectorAll("[data-field]").forEach(function (cell) { setCell(cell, valueOf(interval, cell.dataset.field)); });
      ACTIVITIES.forEach(function (activity) {
        var laws = panel.querySelector("[data-laws='" + activity + "']");
        var sources = panel.querySelector("[data-sources='" + activity + "']");
        if (laws) laws.textContent = interval ? interval.laws[activity].join("; ") : "";
        if (sources) sources.textContent = interval ? interval.sources[activity].join(", ") : "";
      });
    }
    if (document.querySelector("svg.map")) recolourMap(day, by);
  }

  function search() {
    var words = fold(document.getElementById("search").value).split(" ").filter(Boolean);
    var shown = 0;
    document.querySelectorAll("#records tbody tr").forEach(function (row) {
      var hay = " " + row.dataset.search.split(" | ").join(" | ") + " ";
      var match = words.every(function (w) { return hay.indexOf(" " + w) >= 0; });
      row.hidden = !match;
      if (match) shown++;
    });
    document.getElementById("search-count").textContent = shown + " shown";
  }

  ["controls", "by-control", "search-control"].forEach(function (id) {
    var element = document.getElementById(id);
    if (element) element.hidden = false;
  });
  if (dateInput) dateInput.addEventListener("change", update);
  if (dateInput) dateInput.addEventListener("input", update);
  if (bySelect) bySelect.addEventListener("change", update);
  var searchInput = document.getElementById("search");
  if (searchInput) searchInput.addEventListener("input", search);
  var asked = new URLSearchParams(location.search).get("as_of");
  if (asked && dateInput) dateInput.value = asked;
  update();
})();
