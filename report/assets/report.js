(function () {
  "use strict";
  document.documentElement.classList.add("js");
  document.querySelectorAll(".details .fields").forEach(function (s) { s.hidden = true; });
  function show(mark) {
    var fields = document.getElementById(mark.getAttribute("data-target"));
    if (!fields) { return; }
    var panel = fields.parentNode;
    panel.querySelectorAll(".fields").forEach(function (s) { s.hidden = s !== fields; });
    panel.classList.add("open");
    var hint = panel.querySelector(".hint");
    if (hint) { hint.hidden = true; }
    var article = mark.closest("article");
    article.querySelectorAll("mark.claim.selected").forEach(function (m) { m.classList.remove("selected"); });
    article.querySelectorAll("mark.claim[aria-expanded]").forEach(function (m) { m.setAttribute("aria-expanded", "false"); });
    var id = mark.getAttribute("data-claim");
    article.querySelectorAll("mark.claim").forEach(function (m) {
      if (m.getAttribute("data-claim") === id) {
        m.classList.add("selected");
        if (m.hasAttribute("aria-expanded")) { m.setAttribute("aria-expanded", "true"); }
      }
    });
  }
  document.addEventListener("click", function (e) {
    var mark = e.target.closest && e.target.closest(".text mark.claim");
    if (mark) { show(mark); }
  });
  document.addEventListener("keydown", function (e) {
    var t = e.target;
    if ((e.key === "Enter" || e.key === " ") && t.matches && t.matches(".text mark.claim")) {
      e.preventDefault();
      show(t);
    }
  });
})();
