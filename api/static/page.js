// The query page: YASGUI on this server's /sparql, the example gallery, downloads,
// and links from result IRIs under https://w3id.org/vnst/ to this server's pages.
(function () {
  "use strict";
  const BASE = "https://w3id.org/vnst/";
  const FAMILIES = ["id/", "eli/", "source/", "graph/"];
  const examples = JSON.parse(document.getElementById("examples-data").textContent);
  const prefixes = JSON.parse(document.getElementById("prefixes-data").textContent);
  const endpoint = window.location.origin + "/sparql";

  const yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: false,
    persistenceId: null,
    populateFromUrl: false,
    autofocus: false,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
    yasqe: {
      // property/class completion asks lov.linkeddata.es: off, the page stays offline.
      autocompleters: ["prefixes", "variables"],
      prefixCcApi: window.location.origin + "/prefixes.json",
      editorHeight: "320px",
    },
    yasr: { prefixes: prefixes, defaultPlugin: "table", persistenceId: null },
  });

  function tab() { return yasgui.getTab(); }

  function localHref(iri) {
    if (!iri || iri.indexOf(BASE) !== 0) return null;
    const rest = iri.slice(BASE.length);
    return FAMILIES.some(function (f) { return rest.indexOf(f) === 0; }) ? "/" + rest : null;
  }

  // Result tables are drawn by YASR; rewrite links to vnst IRIs so they open here.
  new MutationObserver(function () {
    document.querySelectorAll("#yasgui a[href^='" + BASE + "']").forEach(function (a) {
      const here = localHref(a.getAttribute("href"));
      if (here) { a.setAttribute("href", here); a.removeAttribute("target"); a.classList.add("vnst-iri"); }
    });
  }).observe(document.getElementById("yasgui"), { childList: true, subtree: true });

  // YASR swallows the first click on a cell cut by ellipsis (to expand it); a vnst IRI
  // should open its page at once, so stop that click before it reaches the cell.
  document.getElementById("yasgui").addEventListener("click", function (event) {
    if (event.target.closest && event.target.closest("a.vnst-iri")) event.stopPropagation();
  }, true);

  function updateDownloads() {
    const query = encodeURIComponent(tab().getQuery());
    document.getElementById("download-csv").href = "/sparql?format=csv&query=" + query;
    document.getElementById("download-json").href = "/sparql?format=json&query=" + query;
  }

  function load(name) {
    const example = examples.find(function (e) { return e.name === name; });
    if (!example) return;
    tab().setQuery(example.query);
    document.querySelectorAll("button.example").forEach(function (b) {
      b.classList.toggle("active", b.dataset.name === name);
    });
    document.getElementById("current-example").textContent = example.title_vi + " · " + example.title_en;
    updateDownloads();
  }

  document.querySelectorAll("button.example").forEach(function (button) {
    button.addEventListener("click", function () { load(button.dataset.name); });
  });
  document.getElementById("run").addEventListener("click", function () { updateDownloads(); tab().query(); });
  ["download-csv", "download-json"].forEach(function (id) {
    document.getElementById(id).addEventListener("click", updateDownloads);
  });

  const asked = new URLSearchParams(window.location.search);
  if (asked.get("query")) { tab().setQuery(asked.get("query")); updateDownloads(); }
  else if (asked.get("example")) { load(asked.get("example")); }
  else if (examples.length) { load(examples[0].name); }
  window.vnstPage = { yasgui: yasgui, load: load };
})();
