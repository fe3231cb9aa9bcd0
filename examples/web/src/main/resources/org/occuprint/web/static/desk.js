// Occuprint desk: type-ahead search and the Print button. The pages work without this file.
(function () {
  "use strict";
  var input = document.querySelector("input[data-typeahead]");
  if (input) {
    var list = document.getElementById("results");
    var status = document.getElementById("status");
    var heading = document.getElementById("results-heading");
    var timer = null;
    var latest = 0;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var q = input.value.trim();
        var ticket = ++latest;
        if (q === "") {
          list.textContent = "";
          status.textContent = "Type a job title above.";
          heading.textContent = "Results";
          return;
        }
        fetch(input.getAttribute("data-typeahead") + "?q=" + encodeURIComponent(q), { headers: { "Accept": "application/json" } })
          .then(function (r) { return r.json(); })
          .then(function (hits) {
            if (ticket !== latest) { return; }
            list.textContent = "";
            hits.forEach(function (h) {
              var li = document.createElement("li");
              var a = document.createElement("a");
              a.href = "/occupations/" + encodeURIComponent(h.code);
              var t = document.createElement("span");
              t.className = "title";
              t.textContent = h.title;
              var c = document.createElement("span");
              c.className = "code";
              c.textContent = " " + h.code;
              a.appendChild(t);
              a.appendChild(c);
              li.appendChild(a);
              if (h.brightOutlook) {
                var b = document.createElement("span");
                b.className = "bright";
                b.textContent = h.brightOutlook;
                li.appendChild(b);
              }
              list.appendChild(li);
            });
            heading.textContent = "Results for \u201c" + q + "\u201d";
            status.textContent = hits.length === 0 ? "No occupation matches." : hits.length + " shown, best match first.";
          })
          .catch(function () { status.textContent = "Search is not answering; press Enter to search."; });
      }, 150);
    });
  }
  // The packet lives in the address of the packet page; this browser remembers its codes (nothing else) so that
  // "Add to packet" and the bar's Packet link open the packet chosen so far.
  var KEY = "occuprint.packet";
  function stored() {
    try { return JSON.parse(window.localStorage.getItem(KEY) || "[]").filter(function (c) { return /^\d{2}-\d{4}\.\d{2}$/.test(c); }); }
    catch (e) { return []; }
  }
  function remember(codes) {
    try { window.localStorage.setItem(KEY, JSON.stringify(codes)); } catch (e) { /* private mode: the address still holds it */ }
  }
  function packetHref(codes) {
    return "/packet" + (codes.length ? "?" + codes.map(function (c) { return "code=" + encodeURIComponent(c); }).join("&") : "");
  }
  var holder = document.querySelector("[data-packet-codes]");
  if (holder) {
    var now = holder.getAttribute("data-packet-codes");
    remember(now ? now.split(",") : []);
  }
  Array.prototype.forEach.call(document.querySelectorAll("a.packet-link"), function (a) {
    a.href = packetHref(stored());
  });
  var add = document.getElementById("add-to-packet");
  if (add) {
    add.addEventListener("click", function (ev) {
      var codes = stored();
      var code = add.getAttribute("data-code");
      if (codes.indexOf(code) < 0) { codes.push(code); }
      ev.preventDefault();
      window.location.href = packetHref(codes);
    });
  }
  var print = document.getElementById("print");
  var frame = document.getElementById("handout");
  if (print && frame) {
    print.hidden = false;
    print.addEventListener("click", function () { frame.contentWindow.focus(); frame.contentWindow.print(); });
  }
}());
