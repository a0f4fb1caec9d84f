/* Glossary tooltips: hover and focus are handled by CSS; this adds what CSS cannot do.
   - Esc dismisses an open tooltip without moving focus (WCAG 1.4.13).
   - On touch screens the first tap on a term shows its definition, the second follows
     the link. */
(function () {
  "use strict";
  function wrapOf(node) {
    return node instanceof Element ? node.closest(".ex-term") : null;
  }
  function closeAll(except) {
    document.querySelectorAll(".ex-term.ex-open").forEach(function (w) {
      if (w !== except) w.classList.remove("ex-open");
    });
  }
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    document.querySelectorAll(".ex-term").forEach(function (w) {
      if (w.matches(":hover, :focus-within, .ex-open")) w.classList.add("ex-dismissed");
      w.classList.remove("ex-open");
    });
  });
  /* A tooltip that would run past the edge of a narrow screen is moved back onto it. */
  function place(wrap) {
    var tip = wrap && wrap.querySelector(".ex-tip");
    if (!tip) return;
    tip.style.left = "";
    var box = tip.getBoundingClientRect();
    if (!box.width) return;
    var room = document.documentElement.clientWidth - 8;
    var shift = Math.min(box.right - room, box.left - 8);
    if (shift > 0) tip.style.left = -shift + "px";
  }
  /* A dismissed tooltip may show again once the pointer or focus comes back to the term. */
  function reset(event) {
    var wrap = wrapOf(event.target);
    if (wrap && !wrap.contains(event.relatedTarget)) wrap.classList.remove("ex-dismissed");
    place(wrap);
  }
  document.addEventListener("focusin", reset);
  document.addEventListener("mouseover", reset);
  var touched = false;
  document.addEventListener("pointerdown", function (event) {
    touched = event.pointerType === "touch";
  });
  document.addEventListener("click", function (event) {
    var wrap = wrapOf(event.target);
    if (!wrap) { closeAll(null); return; }
    if (touched && !wrap.classList.contains("ex-open")) {
      event.preventDefault();
      closeAll(wrap);
      wrap.classList.remove("ex-dismissed");
      wrap.classList.add("ex-open");
      place(wrap);
    }
  });
})();
