/* The edition's reader controls: layout (both / source language / translation) and "Cite".
   Mounted on every page load, including Material's instant navigation (document$). */
(function () {
  "use strict";

  /* The reader's choices (languages shown, glossary marking): the head script applies them before
     first paint; these controls change and remember them (localStorage, and window.name for file://). */
  function chosen(name, fallback) {
    return document.documentElement.getAttribute("data-" + name) || fallback;
  }

  function choose(name, value) {
    document.documentElement.setAttribute("data-" + name, value);
    try { localStorage.setItem("edition." + name, value); } catch (error) { /* private mode: not remembered */ }
    var pattern = new RegExp("(?:^|;)edition\\." + name + "=\\w+");
    window.name = (window.name || "").replace(pattern, "") + ";edition." + name + "=" + value;
  }

  function mountViewControl() {
    [["edition-view", "view", "both"], ["edition-terms", "terms", "first"]].forEach(function (control) {
      document.querySelectorAll("input[name=" + control[0] + "]").forEach(function (input) {
        input.checked = input.value === chosen(control[1], control[2]);
        input.addEventListener("change", function () { if (input.checked) choose(control[1], input.value); });
      });
    });
  }

  function meta() {
    var node = document.getElementById("edition-meta");
    try { return node ? JSON.parse(node.textContent) : {}; } catch (error) { return {}; }
  }

  function headingText(side) {
    var span = document.querySelector("h1.heading-pair .heading-pair__" + side);
    return span ? span.textContent.trim() : document.title;
  }

  function languageName(side) {
    var languages = meta().languages || {};
    return (languages[side] && languages[side].name) || (side === "source" ? "Source" : "Translation");
  }

  function citations(pairId) {
    var m = meta();
    var url = location.href.split("#")[0] + "#" + pairId;
    var base = (m.authors || "") + ". " + (m.year || "") + ". ";
    return {
      source: base + "\u201C" + headingText("source") + ".\u201D " + languageName("source") +
          " text as printed, paragraph " + pairId + ". " + url,
      target: base + "\u201C" + headingText("target") + ".\u201D " +
          (m.translation || languageName("target") + " translation") + ", paragraph " + pairId + ". " + url
    };
  }

  function citePanel(button) {
    var pair = button.closest(".pair");
    var panel = pair.querySelector(".pair__cite-panel");
    if (panel) return panel;
    var texts = citations(pair.id);
    panel = document.createElement("div");
    panel.className = "pair__cite-panel";
    panel.id = pair.id + "-cite";
    panel.hidden = true;
    [["source", languageName("source") + " original"], ["target", languageName("target") + " translation"]].forEach(function (entry) {
      var row = document.createElement("p");
      var label = document.createElement("strong");
      label.textContent = entry[1] + ": ";
      var text = document.createElement("span");
      text.className = "pair__cite-text";
      text.textContent = texts[entry[0]];
      var copy = document.createElement("button");
      copy.type = "button";
      copy.className = "pair__cite-copy";
      copy.textContent = "Copy";
      copy.setAttribute("aria-label", "Copy citation of the " + entry[1]);
      copy.addEventListener("click", function () { copyText(texts[entry[0]], status); });
      row.append(label, text, " ", copy);
      panel.append(row);
    });
    var status = document.createElement("p");
    status.className = "pair__cite-status";
    status.setAttribute("role", "status");
    panel.append(status);
    pair.append(panel);
    button.setAttribute("aria-controls", panel.id);
    return panel;
  }

  function copyText(text, status) {
    var done = function () { status.textContent = "Citation copied."; };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, function () { status.textContent = "Select the text to copy it."; });
    } else {
      status.textContent = "Select the text to copy it.";
    }
  }

  function mountCite() {
    document.querySelectorAll(".pair__cite").forEach(function (button) {
      button.hidden = false;
      button.setAttribute("aria-expanded", "false");
      button.addEventListener("click", function () {
        var panel = citePanel(button);
        panel.hidden = !panel.hidden;
        button.setAttribute("aria-expanded", String(!panel.hidden));
      });
    });
  }

  /* ---- Glossary tooltips (WCAG 1.4.13: hoverable, dismissible, persistent) ---- */
  var tooltip = null;
  var current = null;
  var hideTimer = null;

  function tooltipElement() {
    if (tooltip && document.body.contains(tooltip)) return tooltip;
    tooltip = document.createElement("div");
    tooltip.className = "term-tooltip";
    tooltip.id = "term-tooltip";
    tooltip.setAttribute("role", "tooltip");
    tooltip.setAttribute("lang", "en");
    tooltip.hidden = true;
    tooltip.addEventListener("mouseenter", function () { clearTimeout(hideTimer); });
    tooltip.addEventListener("mouseleave", function () { scheduleHide(); });
    document.body.append(tooltip);
    return tooltip;
  }

  function highlight(term, on) {
    var pair = term.closest(".pair");
    if (!pair) return;
    pair.querySelectorAll('[data-term="' + term.dataset.term + '"]').forEach(function (el) {
      el.classList.toggle("term--active", on);
    });
  }

  function showTip(term) {
    clearTimeout(hideTimer);
    if (current && current !== term) hideTip();
    var source = document.getElementById("tip-" + term.dataset.term);
    if (!source) return;
    var tip = tooltipElement();
    tip.innerHTML = source.innerHTML;
    var more = document.createElement("a");
    more.className = "term-tooltip__more";
    more.href = term.href;
    more.textContent = "Glossary entry";
    tip.append(more);
    tip.hidden = false;
    var box = term.getBoundingClientRect();
    var left = Math.max(8, Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8));
    tip.style.left = left + "px";
    tip.style.top = (box.bottom + window.scrollY + 6) + "px";
    current = term;
    highlight(term, true);
  }

  function hideTip() {
    if (tooltip) tooltip.hidden = true;
    if (current) highlight(current, false);
    current = null;
  }

  function scheduleHide() {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hideTip, 300);
  }

  function mountTerms() {
    document.querySelectorAll("a.term").forEach(function (term) {
      term.addEventListener("mouseenter", function () { showTip(term); });
      term.addEventListener("mouseleave", scheduleHide);
      term.addEventListener("focus", function () { showTip(term); });
      term.addEventListener("blur", scheduleHide);
      term.addEventListener("click", function (event) {
        // Touch: the first tap shows the tooltip, a second tap follows the link.
        if (term.dataset.touched !== "1" && matchMedia("(hover: none)").matches) {
          event.preventDefault();
          term.dataset.touched = "1";
          showTip(term);
        }
      });
    });
  }

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && current) hideTip();
  });

  function mount() {
    hideTip();
    mountViewControl();
    mountCite();
    mountTerms();
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(mount);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", mount);
  } else {
    mount();
  }
})();
