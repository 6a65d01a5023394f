/* The edition's reader controls: layout (both / source language / translation) and "Cite".
   Mounted on every page load (and on each of Material's instant navigations, on a site that
   turns them on: document$). */
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

  /* ---- Cite panel: shows, copies and downloads the formats computed at build time
     (hooks/citable.py writes them into <script type="application/json" id="edition-cite">). ---- */
  var FORMATS = [
    ["chicago", "Chicago author-date", "txt", "text/plain"],
    ["bibtex", "BibTeX", "bib", "application/x-bibtex"],
    ["ris", "RIS", "ris", "application/x-research-info-systems"],
    ["csl", "CSL-JSON", "json", "application/vnd.citationstyles.csl+json"]
  ];

  function citeData() {
    var node = document.getElementById("edition-cite");
    try { return node ? JSON.parse(node.textContent) : null; } catch (error) { return null; }
  }

  function pairFormats(data, pairId) {
    // true: the page's template with the paragraph's id put in (hooks/citable.py checked it fits)
    var own = data.pairs && data.pairs[pairId];
    if (own !== true) return own || null;
    var template = data.pair_template, formats = {};
    Object.keys(template.formats).forEach(function (name) {
      formats[name] = template.formats[name].split(template.token).join(pairId);
    });
    return formats;
  }

  function scopesFor(data, pairId) {
    var scopes = [];
    var formats = pairFormats(data, pairId);
    if (formats) {
      scopes.push({ id: "pair", label: "This paragraph (" + pairId + ")", formats: formats });
    }
    return scopes.concat((data.scopes || []).filter(function (scope) { return scope.formats; }));
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function download(text, name, type) {
    var url = URL.createObjectURL(new Blob([text], { type: type + ";charset=utf-8" }));
    var link = element("a");
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }

  function showScope(panel, scope, pairId, status) {
    var body = panel.querySelector(".cite-panel__formats");
    body.textContent = "";
    FORMATS.forEach(function (format) {
      var text = scope.formats[format[0]] || "";
      var id = panel.id + "-" + format[0];
      var group = element("div", "cite-panel__format");
      var heading = element("p", "cite-panel__label", format[1]);
      heading.id = id + "-label";
      var pre = element("pre", "cite-panel__text", text);
      pre.id = id;
      pre.tabIndex = 0;
      pre.setAttribute("aria-labelledby", heading.id);
      // the citation names a Danish title inside English text; the formats themselves are not prose
      pre.setAttribute("translate", "no");
      var copy = element("button", "cite-panel__copy", "Copy");
      copy.type = "button";
      copy.setAttribute("aria-label", "Copy " + format[1] + " (" + scope.label + ")");
      copy.addEventListener("click", function () { copyText(text, status, format[1]); });
      var save = element("button", "cite-panel__download", "Download");
      save.type = "button";
      save.setAttribute("aria-label", "Download " + format[1] + " (" + scope.label + ")");
      save.addEventListener("click", function () {
        var stem = scope.id === "pair" ? pairId : scope.id === "page" ? (location.pathname.split("/").filter(Boolean).pop() || "page") : "edition";
        download(text, "fremtidens-velfaerdssamfund-" + stem + "." + format[2], format[3]);
        status.textContent = format[1] + " file downloaded.";
      });
      var actions = element("p", "cite-panel__actions");
      actions.append(copy, " ", save);
      group.append(heading, pre, actions);
      body.append(group);
    });
  }

  function citePanel(button) {
    var pair = button.closest(".pair");
    var panel = pair.querySelector(".pair__cite-panel");
    if (panel) return panel;
    var data = citeData();
    panel = element("div", "pair__cite-panel cite-panel");
    panel.id = pair.id + "-cite";
    panel.hidden = true;
    panel.setAttribute("lang", "en");
    panel.setAttribute("role", "region");
    panel.setAttribute("aria-label", "Cite paragraph " + pair.id);
    var status = element("p", "pair__cite-status");
    status.setAttribute("role", "status");
    if (!data) {
      panel.append(element("p", "", "Citation data is not available on this page."), status);
    } else {
      var scopes = scopesFor(data, pair.id);
      var choose = element("p", "cite-panel__scope");
      var label = element("label", "", "Cite ");
      var select = element("select");
      select.id = panel.id + "-scope";
      label.htmlFor = select.id;
      scopes.forEach(function (scope, index) {
        var option = element("option", "", scope.label);
        option.value = String(index);
        select.append(option);
      });
      choose.append(label, select, " · version " + data.version + " of " + data.date);
      panel.append(choose, element("div", "cite-panel__formats"), status);
      select.addEventListener("change", function () { showScope(panel, scopes[Number(select.value)], pair.id, status); });
      showScope(panel, scopes[0], pair.id, status);
    }
    pair.append(panel);
    button.setAttribute("aria-controls", panel.id);
    return panel;
  }

  function copyText(text, status, what) {
    var done = function () { status.textContent = what + " copied."; };
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
        if (!panel.hidden) panel.querySelector("select, button").focus();
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
      // the definition a screen reader announces with the term (written once per page, hidden)
      if (document.getElementById("tip-" + term.dataset.term)) term.setAttribute("aria-describedby", "tip-" + term.dataset.term);
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

  /* ---- The text face: fetched once the first page has loaded (never before first paint, never
     re-flowing this page), then used from the next page load on (the head script, overrides/main.html). */
  function warmFonts() {
    var meta = document.getElementById("edition-fonts");
    var wanted;
    try { wanted = meta ? JSON.parse(meta.textContent) : null; } catch (error) { wanted = null; }
    if (!wanted || !wanted.files.length || !window.FontFace || !document.fonts) return;
    try { if (localStorage.getItem("edition.fonts") === wanted.version) return; } catch (error) { return; }
    Promise.all(wanted.files.map(function (url) {
      // loading a FontFace that is never added to document.fonts fills the cache without using it
      return new FontFace("edition-warm", "url(" + JSON.stringify(new URL(url, meta.baseURI).href) + ")").load();
    })).then(function () {
      try { localStorage.setItem("edition.fonts", wanted.version); } catch (error) { /* not remembered */ }
    }, function () { /* offline or blocked: the system serif stays */ });
  }

  function afterLoad() {
    var idle = window.requestIdleCallback || function (callback) { setTimeout(callback, 1000); };
    idle(warmFonts);
  }

  if (document.readyState === "complete") afterLoad();
  else window.addEventListener("load", afterLoad, { once: true });

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
