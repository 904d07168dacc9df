// The gallery's page script: theme toggle, client-side search, copy buttons on code.
// Plain script (no modules): pages opened from file:// cannot load module scripts.
(function () {
  "use strict";
  var THEME_KEY = "rtux:gallery:theme";
  var root = document.documentElement.getAttribute("data-root") || "";

  function storedTheme() {
    try { return localStorage.getItem(THEME_KEY); } catch (e) { return null; }
  }

  function applyTheme(theme) {
    document.documentElement.dataset.theme = theme;
    var button = document.getElementById("theme-toggle");
    if (!button) return;
    button.setAttribute("aria-pressed", theme === "dark" ? "true" : "false");
    var label = button.querySelector(".theme-label");
    if (label) label.textContent = "Dark theme";
    document.querySelectorAll("iframe").forEach(function (frame) {
      if (frame.contentWindow) frame.contentWindow.postMessage({ rtux: "theme", theme: theme }, "*");
    });
  }

  function setUpTheme() {
    var button = document.getElementById("theme-toggle");
    applyTheme(document.documentElement.dataset.theme === "dark" ? "dark" : "light");
    if (button) {
      button.addEventListener("click", function () {
        var next = document.documentElement.dataset.theme === "dark" ? "light" : "dark";
        try { localStorage.setItem(THEME_KEY, next); } catch (e) { /* storage may be off: the toggle still works */ }
        applyTheme(next);
      });
    }
    if (window.matchMedia) {
      var query = window.matchMedia("(prefers-color-scheme: dark)");
      var follow = function () {
        var stored = storedTheme();
        if (stored !== "light" && stored !== "dark") applyTheme(query.matches ? "dark" : "light");
      };
      if (query.addEventListener) query.addEventListener("change", follow);
    }
  }

  // Every query word must appear somewhere; matches in the title weigh most, then headings, summary, text.
  function search(entries, query) {
    var words = query.toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0) return [];
    var results = [];
    entries.forEach(function (entry) {
      var title = entry.t.toLowerCase();
      var summary = entry.s.toLowerCase();
      var text = entry.x.toLowerCase();
      var headings = entry.h.map(function (h) { return h[0].toLowerCase(); });
      var score = 0;
      var anchor = null;
      for (var i = 0; i < words.length; i++) {
        var word = words[i];
        var wordScore = 0;
        if (title.indexOf(word) !== -1) wordScore += title.indexOf(word) === 0 ? 12 : 10;
        for (var j = 0; j < headings.length; j++) {
          if (headings[j].indexOf(word) !== -1) { wordScore += 5; if (anchor === null) anchor = entry.h[j][1]; break; }
        }
        if (summary.indexOf(word) !== -1) wordScore += 3;
        if (text.indexOf(word) !== -1) wordScore += 1;
        if (wordScore === 0) return;
        score += wordScore;
      }
      results.push({ entry: entry, score: score, anchor: title.indexOf(words[0]) !== -1 ? null : anchor });
    });
    results.sort(function (a, b) { return b.score - a.score || a.entry.t.localeCompare(b.entry.t); });
    return results.slice(0, 8);
  }

  function setUpSearch() {
    var input = document.getElementById("search");
    var list = document.getElementById("search-results");
    var status = document.getElementById("search-status");
    if (!input || !list) return;
    var entries = window.RTUX_SEARCH_INDEX || [];

    function render() {
      var query = input.value.trim();
      list.textContent = "";
      if (!query) { list.hidden = true; if (status) status.textContent = ""; return; }
      var results = search(entries, query);
      results.forEach(function (result) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = root + result.entry.u + (result.anchor ? "#" + result.anchor : "");
        link.textContent = result.entry.t;
        var group = document.createElement("span");
        group.className = "result-group";
        group.textContent = result.entry.g;
        link.appendChild(group);
        item.appendChild(link);
        list.appendChild(item);
      });
      if (results.length === 0) {
        var empty = document.createElement("li");
        empty.className = "result-empty";
        empty.textContent = "No pattern matches “" + query + "”.";
        list.appendChild(empty);
      }
      list.hidden = false;
      if (status) status.textContent = results.length + (results.length === 1 ? " result" : " results");
    }

    function links() { return Array.prototype.slice.call(list.querySelectorAll("a")); }

    input.addEventListener("input", render);
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown") { var first = links()[0]; if (first) { event.preventDefault(); first.focus(); } }
      if (event.key === "Escape") { input.value = ""; render(); }
      if (event.key === "Enter") { var top = links()[0]; if (top) { event.preventDefault(); top.click(); } }
    });
    list.addEventListener("keydown", function (event) {
      var all = links();
      var index = all.indexOf(document.activeElement);
      if (event.key === "ArrowDown" && index < all.length - 1) { event.preventDefault(); all[index + 1].focus(); }
      if (event.key === "ArrowUp") { event.preventDefault(); if (index > 0) all[index - 1].focus(); else input.focus(); }
      if (event.key === "Escape") { input.value = ""; render(); input.focus(); }
    });
    document.addEventListener("click", function (event) {
      if (!event.target.closest || !event.target.closest("[role=search]")) list.hidden = true;
    });
    input.addEventListener("focus", function () { if (input.value.trim()) render(); });
  }

  function setUpCopyButtons() {
    document.querySelectorAll("pre.code").forEach(function (pre) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "copy-button";
      button.textContent = "Copy";
      button.setAttribute("aria-label", "Copy code");
      button.addEventListener("click", function () {
        var code = pre.querySelector("code");
        var text = code ? code.textContent : pre.textContent;
        var done = function () { button.textContent = "Copied"; setTimeout(function () { button.textContent = "Copy"; }, 1500); };
        if (navigator.clipboard && navigator.clipboard.writeText) {
          navigator.clipboard.writeText(text).then(done, function () { button.textContent = "Select and copy"; });
        }
      });
      pre.appendChild(button);
    });
  }

  // ARIA tabs (arrow keys move between tabs); without this script every panel simply shows.
  function setUpTabs() {
    document.querySelectorAll("[data-tabs]").forEach(function (container) {
      var tabs = Array.prototype.slice.call(container.querySelectorAll("[role=tab]"));
      function select(tab, focus) {
        tabs.forEach(function (other) {
          var selected = other === tab;
          other.setAttribute("aria-selected", selected ? "true" : "false");
          other.tabIndex = selected ? 0 : -1;
          var panel = document.getElementById(other.getAttribute("aria-controls"));
          if (panel) panel.hidden = !selected;
        });
        if (focus) tab.focus();
      }
      tabs.forEach(function (tab, index) {
        tab.addEventListener("click", function () { select(tab, false); });
        tab.addEventListener("keydown", function (event) {
          var next = null;
          if (event.key === "ArrowRight") next = tabs[(index + 1) % tabs.length];
          if (event.key === "ArrowLeft") next = tabs[(index - 1 + tabs.length) % tabs.length];
          if (event.key === "Home") next = tabs[0];
          if (event.key === "End") next = tabs[tabs.length - 1];
          if (next) { event.preventDefault(); select(next, true); }
        });
      });
      var initial = tabs.filter(function (tab) { return tab.getAttribute("aria-selected") === "true"; })[0] || tabs[0];
      if (initial) select(initial, false);
    });
    document.querySelectorAll(".story-select").forEach(function (picker) {
      picker.addEventListener("change", function () {
        var panel = picker.closest("[role=tabpanel]");
        if (!panel) return;
        panel.querySelectorAll(".story-snippet").forEach(function (snippet) {
          snippet.hidden = snippet.getAttribute("data-story") !== picker.value;
        });
      });
    });
  }

  // A demo frame learns the gallery's theme when it loads and whenever the toggle changes it.
  function setUpDemoFrames() {
    var frames = Array.prototype.slice.call(document.querySelectorAll(".demo iframe"));
    // A demo reports its height; only messages from our own frames are taken, and only numbers.
    window.addEventListener("message", function (event) {
      var data = event.data;
      if (!data || data.rtux !== "height" || typeof data.height !== "number") return;
      frames.forEach(function (frame) {
        if (frame.contentWindow !== event.source) return;
        var border = frame.offsetHeight - frame.clientHeight;
        frame.style.height = Math.min(Math.max(data.height, 160), 4000) + border + "px";
      });
    });
    // Width presets show how a demo behaves on a phone or a tablet, inside the same page.
    document.querySelectorAll(".demo-widths").forEach(function (group) {
      var frame = group.parentElement && group.parentElement.querySelector("iframe");
      if (!frame) return;
      group.hidden = false;
      group.querySelectorAll("button").forEach(function (button) {
        button.addEventListener("click", function () {
          group.querySelectorAll("button").forEach(function (other) { other.setAttribute("aria-pressed", other === button ? "true" : "false"); });
          var width = button.getAttribute("data-width");
          frame.style.width = width ? width + "px" : "";
        });
      });
    });
    frames.forEach(function (frame) {
      frame.addEventListener("load", function () {
        if (frame.contentWindow) frame.contentWindow.postMessage({ rtux: "theme", theme: document.documentElement.dataset.theme }, "*");
      });
    });
  }

  // A frame of several panes (the latency matrix, `matrix: 0,100,300,1000`, or an anti-pattern
  // pair, `pair: <good demo>`): the page owns
  // their clock and their clicks (dom/pane.js in each). Time moves by "advance" messages to
  // every pane; a click in one pane comes here and goes to every pane in the same order as the
  // advances, so all of them see it at the same virtual time. Under each pane: how long its
  // last reply took against a click's ~100 ms budget.
  var CLICK_BUDGET_MS = 100;
  function grouped(ms) { return String(Math.round(ms)).replace(/\B(?=(\d{3})+(?!\d))/g, ","); }

  function replyStatus(ms) {
    var over = ms - CLICK_BUDGET_MS;
    return "Replied after " + grouped(ms) + " ms: " + (over > 0 ? grouped(over) + " ms over" : "within") + " a click's 100 ms budget.";
  }

  function setUpPanes(group) {
    var panes = Array.prototype.slice.call(group.querySelectorAll(".pane")).map(function (section) {
      return { frame: section.querySelector("iframe"), status: section.querySelector("[data-pane-status]") || { textContent: "" }, ready: false, pushedAt: null };
    });
    var controls = group.querySelector(".panes-controls");
    var pauseButton = group.querySelector("[data-panes-pause]");
    var clockOutput = group.querySelector("[data-panes-clock]");
    var now = 0, paused = false, started = false, nextId = 1, waiting = {};
    var whenReady, ready = new Promise(function (resolve) { whenReady = resolve; });

    function send(message, except) {
      panes.forEach(function (pane) {
        if (pane !== except && pane.frame.contentWindow) pane.frame.contentWindow.postMessage(Object.assign({ rtux: "panes" }, message), "*");
      });
    }
    // A message every pane answers: resolves once all have done it.
    function request(message) {
      var id = nextId++;
      var promise = new Promise(function (resolve) { waiting[id] = { left: panes.length, resolve: resolve }; });
      send(Object.assign({ id: id }, message));
      return promise;
    }
    function showClock() { clockOutput.textContent = "t = " + grouped(now) + " ms"; }
    // The fault script of a pair ("Run the script"): steps at times from its start, sent to
    // every pane at the moment the clock passes them, between advances.
    var script = JSON.parse(group.getAttribute("data-script") || "[]");
    var queue = [], scriptStart = 0;
    function move(ms) {
      var target = now + ms;
      while (queue.length && scriptStart + queue[0].at <= target) {
        var step = queue.shift(), due = scriptStart + step.at;
        if (due > now) { send({ advance: due - now }); now = due; }
        send({ step: step });
      }
      if (target > now) send({ advance: target - now });
      now = target;
      showClock();
    }
    function advance(ms) {
      move(ms);
      return request({ advance: 0 });
    }
    function runScript() {
      return reset().then(function () {
        queue = script.slice().sort(function (a, b) { return a.at - b.at; });
        scriptStart = now;
        return advance(0); // the steps at 0
      });
    }
    function setPaused(value) {
      paused = value;
      pauseButton.setAttribute("aria-pressed", value ? "true" : "false");
    }
    function reset() {
      now = 0;
      queue = [];
      showClock();
      panes.forEach(function (pane) { pane.pushedAt = null; pane.status.textContent = "No click yet."; });
      return request({ reset: true, advance: 0 });
    }

    var last = null;
    function frame(time) {
      if (started && !paused && last !== null) {
        var ms = Math.min(time - last, 100); // a hidden tab's pause is not a 10 s jump
        if (ms > 0) move(ms);
      }
      last = time;
      window.requestAnimationFrame(frame);
    }

    window.addEventListener("message", function (event) {
      var data = event.data;
      if (!data || data.rtux !== "pane") return;
      var pane = panes.filter(function (p) { return p.frame.contentWindow === event.source; })[0];
      if (!pane) return;
      if (data.ready && !pane.ready) {
        pane.ready = true;
        if (!started && panes.every(function (p) { return p.ready; })) {
          started = true;
          controls.hidden = false;
          request({ advance: 0 }).then(whenReady); // the panes join
        }
      } else if (data.input && started) {
        send({ step: data.input });
      } else if (data.copy && started) {
        send({ step: data.copy }, pane);
      } else if (data.done !== undefined && waiting[data.done]) {
        var w = waiting[data.done];
        if (--w.left === 0) { delete waiting[data.done]; w.resolve(now); }
      } else if (data.log) {
        if (data.log.kind === "push") {
          pane.pushedAt = data.log.t;
          pane.status.textContent = "Waiting for the reply…";
        } else if (data.log.kind === "reply" && pane.pushedAt !== null) {
          pane.status.textContent = data.log.failed ? "The server refused it." : replyStatus(data.log.t - pane.pushedAt);
          pane.pushedAt = null;
        }
      }
    });
    // A pane that loaded before this script listened says it is ready again when asked.
    send({ hello: true });

    pauseButton.addEventListener("click", function () { setPaused(!paused); });
    group.querySelector("[data-panes-step]").addEventListener("click", function () { setPaused(true); advance(100); });
    group.querySelector("[data-panes-reset]").addEventListener("click", reset);
    var scriptButton = group.querySelector("[data-panes-script]");
    if (scriptButton) scriptButton.addEventListener("click", function () { setPaused(false); runScript(); });
    window.requestAnimationFrame(frame);
    // For tests and the console: the same calls as the buttons.
    group.rtuxPanes = {
      ready: ready,
      advance: advance,
      pause: function () { setPaused(true); },
      play: function () { setPaused(false); },
      reset: reset,
      runScript: runScript,
      now: function () { return now; },
    };
  }

  setUpTheme();
  setUpDemoFrames();
  document.querySelectorAll("[data-panes]").forEach(setUpPanes);
  setUpSearch();
  setUpCopyButtons();
  setUpTabs();
})();
