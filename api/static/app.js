// Follows a job's progress over the API (the session cookie authenticates) and reloads when it ends.
(function () {
  const box = document.querySelector("[data-job-id]");
  if (!box) return;
  const id = box.getAttribute("data-job-id");
  const bar = box.querySelector(".progress > div");
  const text = box.querySelector("[data-job-text]");
  bar.style.width = (bar.getAttribute("data-progress") || "5") + "%";  // set here: no style attributes under the CSP
  async function poll() {
    try {
      const res = await fetch("/api/jobs/" + id, { credentials: "same-origin" });
      if (res.ok) {
        const job = await res.json();
        const pct = job.total > 0 ? Math.round(100 * job.progress / job.total) : (job.status === "done" ? 100 : 5);
        bar.style.width = pct + "%";
        text.textContent = job.status_label + (job.total > 0 ? "（" + job.progress + " / " + job.total + "）" : "");
        if (job.status === "done" || job.status === "failed") { window.location.reload(); return; }
      }
    } catch (e) { /* the service may be restarting: keep polling */ }
    setTimeout(poll, 1000);
  }
  poll();
})();

// A page's correction form: the served documents are asked only when the page is set to 送达回证.
(function () {
  document.querySelectorAll("form[data-correction]").forEach(function (form) {
    const type = form.querySelector("[data-doc-type-select]");
    const served = form.querySelector("[data-served]");
    if (!type || !served) return;
    function sync() { served.hidden = type.value !== "service_receipt"; }
    type.addEventListener("change", sync);
    sync();
  });
})();
