document.addEventListener("click", function (event) {
  var button = event.target.closest(".source");
  if (!button) return;
  var report = button.closest(".report");
  var wasActive = button.classList.contains("active");
  report.querySelectorAll(".source.active, .focus").forEach(function (el) {
    el.classList.remove("active", "focus");
  });
  if (wasActive) return;
  button.classList.add("active");
  var ids = (button.getAttribute("data-statements") || "").split(" ");
  report.querySelectorAll("[data-statement]").forEach(function (el) {
    if (ids.indexOf(el.getAttribute("data-statement")) >= 0) el.classList.add("focus");
  });
});
