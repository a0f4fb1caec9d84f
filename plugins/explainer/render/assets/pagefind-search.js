/* Pagefind search (plugin option search: pagefind): a search button in the header that opens
   the Search page, and the Pagefind UI on that page. The index is loaded only there, in chunks,
   when the reader types. */
(function () {
  "use strict";
  var config = document.getElementById("__config");
  var base = ".";
  try { base = JSON.parse(config.textContent).base || "."; } catch (e) { /* keep "." */ }
  var inner = document.querySelector(".md-header__inner");
  if (inner && !document.getElementById("ex-search-button")) {
    var link = document.createElement("a");
    link.id = "ex-search-button";
    link.className = "md-header__button md-icon";
    link.href = base + "/search/";
    link.title = "Search";
    link.setAttribute("aria-label", "Search");
    link.innerHTML = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true"><path d="M9.5 3A6.5 6.5 0 0 1 16 9.5c0 1.61-.59 3.09-1.56 4.23l.27.27h.79l5 5-1.5 1.5-5-5v-.79l-.27-.27A6.52 6.52 0 0 1 9.5 16 6.5 6.5 0 0 1 3 9.5 6.5 6.5 0 0 1 9.5 3m0 2C7 5 5 7 5 9.5S7 14 9.5 14 14 12 14 9.5 12 5 9.5 5"/></svg>';
    var source = inner.querySelector(".md-header__source");
    inner.insertBefore(link, source);
  }
  var target = document.getElementById("ex-search");
  if (!target) { return; }
  var bundle = target.getAttribute("data-bundle") || "../pagefind/";
  var css = document.createElement("link");
  css.rel = "stylesheet";
  css.href = bundle + "pagefind-ui.css";
  document.head.appendChild(css);
  var script = document.createElement("script");
  script.src = bundle + "pagefind-ui.js";
  script.onload = function () {
    /* global PagefindUI */
    new PagefindUI({ element: "#ex-search", bundlePath: bundle, showSubResults: true,
                     showImages: false, autofocus: true });
  };
  document.head.appendChild(script);
})();
