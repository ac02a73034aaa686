/* The candidate's guided request: the draft follows the chosen topics as they are ticked, as long
 * as the candidate has not edited it; "Build my draft" replaces it on purpose, without a reload.
 * Without this file the same button rebuilds the draft through the server.
 */
(function () {
  "use strict";

  var form = document.querySelector("form[data-ask]");
  if (!form || !window.fetch) return;

  var url = form.getAttribute("data-draft-url");
  var message = form.querySelector('textarea[name="message"]');
  var build = form.querySelector('[name="build"]');
  var topics = form.querySelectorAll('input[name="topics"]');
  if (!url || !message) return;

  // The last draft put in the box; the candidate's own words are never overwritten by a tick.
  var lastDraft = message.hasAttribute("data-draft") ? message.value : null;
  var seq = 0, timer = null;

  var status = document.createElement("p");
  status.className = "help draft-status";
  status.id = "draft-status";
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  message.parentNode.insertBefore(status, message.nextSibling);

  function chosen() {
    return Array.prototype.filter.call(topics, function (box) { return box.checked; })
      .map(function (box) { return box.value; });
  }

  function fetchDraft() {
    var mine = ++seq;
    return fetch(url + "?topics=" + encodeURIComponent(chosen().join(",")), {
      credentials: "same-origin", headers: { "Accept": "application/json" }
    }).then(function (response) {
      if (!response.ok) throw new Error("draft failed: " + response.status);
      return response.json();
    }).then(function (data) {
      return mine === seq ? data.draft : null;  // a later tick has its own answer on the way
    });
  }

  function put(draft, note) {
    message.value = draft;
    lastDraft = draft;
    message.dispatchEvent(new Event("input", { bubbles: true }));  // other helpers (the hint) see it
    status.textContent = note;
  }

  function edited() {
    return lastDraft === null ? message.value.trim() !== "" : message.value !== lastDraft;
  }

  function topicsChanged() {
    clearTimeout(timer);
    timer = setTimeout(function () {
      if (edited()) {
        status.textContent = "You have edited the message, so it stays as you wrote it. " +
          "\u201cBuild my draft\u201d replaces it with a draft for these topics.";
        return;
      }
      fetchDraft().then(function (draft) {
        if (draft !== null && !edited()) put(draft, "The draft now covers the topics you chose.");
      }).catch(function () { /* the button still works through the server */ });
    }, 150);
  }

  Array.prototype.forEach.call(topics, function (box) { box.addEventListener("change", topicsChanged); });

  if (build) {
    build.addEventListener("click", function (event) {
      event.preventDefault();
      fetchDraft().then(function (draft) {
        if (draft !== null) put(draft, "Draft rebuilt for the topics you chose. Edit it so it sounds like you.");
      }).catch(function () {
        // Fall back to the round trip through the server.
        if (form.requestSubmit) form.requestSubmit(build);
      });
    });
  }
})();
