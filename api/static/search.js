// Search as people type it: suggestions from /search under the header's box.
(function () {
  "use strict";
  const box = document.getElementById("search-box");
  const list = document.getElementById("search-results");
  if (!box || !list) return;
  let timer = null, asked = "";

  function show(hits) {
    list.innerHTML = "";
    hits.forEach(function (hit) {
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.href = hit.page;
      link.textContent = hit.label;
      item.appendChild(link);
      if (hit.kind === "passage" || hit.matched !== hit.label) {
        const note = document.createElement("small");
        note.textContent = hit.matched.slice(0, 140);
        item.appendChild(note);
      }
      list.appendChild(item);
    });
    list.hidden = hits.length === 0;
  }

  function lookup() {
    const q = box.value.trim();
    if (q === asked) return;
    asked = q;
    if (!q) { show([]); return; }
    fetch("/search?limit=8&q=" + encodeURIComponent(q), { headers: { Accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : { hits: [] }; })
      .then(function (body) { if (box.value.trim() === q) show(body.hits); })
      .catch(function () { show([]); });
  }

  box.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(lookup, 150); });
  box.addEventListener("keydown", function (e) { if (e.key === "Escape") { list.hidden = true; } });
  document.addEventListener("click", function (e) { if (!list.contains(e.target) && e.target !== box) list.hidden = true; });
})();
