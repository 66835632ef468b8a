// fitfirst: keeps live views up to date by polling; everything works without it too.
(function () {
  "use strict";
  var main = document.getElementById("main");
  var pollUrl = main && main.getAttribute("data-poll");
  if (pollUrl) {
    var version = main.getAttribute("data-version");
    var status = document.getElementById("live-status");
    var failures = 0;
    var poll = function () {
      fetch(pollUrl + "?v=" + encodeURIComponent(version), { credentials: "same-origin", cache: "no-store" })
        .then(function (response) {
          failures = 0;
          if (response.status === 204) { return null; }
          var fresh = response.headers.get("X-Session-Version");
          // Anything but a panel (an expired login answered with the login page) is not shown.
          if (!response.ok || response.redirected || !fresh) { throw new Error(String(response.status)); }
          version = fresh;
          return response.text();
        })
        .then(function (html) {
          if (html === null || html === undefined) { return; }
          var panel = document.getElementById("live-panel");
          // The fragment is rendered and escaped by the server, like the page itself.
          if (panel) { panel.innerHTML = html; }
          main.setAttribute("data-version", version);
          var fields = document.querySelectorAll("[data-version-field]");
          for (var i = 0; i < fields.length; i++) { fields[i].value = version; }
          if (status) { status.textContent = "Updated " + new Date().toLocaleTimeString() + "."; }
        })
        .catch(function () {
          failures += 1;
          if (status && failures > 2) { status.textContent = "Cannot reach the server; retrying."; }
        });
    };
    window.setInterval(poll, 1500);
  }
  var copy = document.querySelector("[data-copy]");
  if (copy) { copy.addEventListener("focus", function () { copy.select(); }); }
})();
