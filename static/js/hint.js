/* A gentle hint for a candidate whose message may read as hostile. It never blocks sending.
 *
 * Attaches to every textarea[data-hostility-hint] (the attribute may hold the check URL). The text
 * is checked with the same quality check the employer's composer uses; only its "harsh" findings
 * lead to a hint, since a candidate asking about age, origin or health is asking a fair question.
 * Dismissing the hint hides it until the message changes substantially.
 */
(function () {
  "use strict";

  var boxes = document.querySelectorAll("textarea[data-hostility-hint]");
  if (!boxes.length || !window.fetch || !window.CandorCheck) return;

  var DEFAULT_URL = "/api/v1/feedback/check";
  var DEBOUNCE_MS = 700;
  var script = document.currentScript;

  // The hint's styles live in composer.css; pages that include only this script get it too.
  (function stylesheet() {
    if (document.querySelector('link[href*="css/composer.css"]') || !script || !script.src) return;
    var link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = script.src.replace(/js\/hint\.js(\?.*)?$/, "css/composer.css");
    document.head.appendChild(link);
  })();

  function words(text) {
    var set = {};
    (text.toLowerCase().match(/[\p{L}\p{N}']+/gu) || []).forEach(function (w) { set[w] = true; });
    return set;
  }

  // "Substantially": fewer than 60% of the words in common, or a sharp phrase that was not there.
  function changedMuch(before, after) {
    var a = words(before.text), b = words(after.text), common = 0, all = 0, key;
    for (key in a) { all += 1; if (b[key]) common += 1; }
    for (key in b) { if (!a[key]) all += 1; }
    if (all && common / all < 0.6) return true;
    return after.phrases.some(function (p) { return before.phrases.indexOf(p) < 0; });
  }

  function attach(box, index) {
    var value = box.getAttribute("data-hostility-hint");
    var url = value && value.charAt(0) === "/" ? value : DEFAULT_URL;
    var id = (box.id || "message-" + index) + "-gentle-hint";
    var region = document.createElement("div");
    region.className = "gentle-hint-region";
    region.setAttribute("role", "status");
    region.setAttribute("aria-live", "polite");
    box.parentNode.insertBefore(region, box.nextSibling);

    var timer = null, seq = 0, dismissed = null, shown = null;

    function hide() {
      region.textContent = "";
      shown = null;
      box.removeAttribute("data-gentle-hint-shown");
      var ids = (box.getAttribute("aria-describedby") || "").split(/\s+/).filter(function (x) {
        return x && x !== id;
      });
      if (ids.length) box.setAttribute("aria-describedby", ids.join(" "));
      else box.removeAttribute("aria-describedby");
    }

    function show(state) {
      var phrase = state.phrases[0];
      if (shown && shown.phrases.join("|") === state.phrases.join("|")) { shown = state; return; }
      region.textContent = "";
      var card = document.createElement("div");
      card.className = "gentle-hint";
      card.id = id;
      var text = document.createElement("p");
      text.className = "gentle-hint-text";
      text.textContent = "This may read as sharper than you mean \u2014 \u201c" + phrase + "\u201d can put people " +
        "on the defensive. Saying what you would like to understand, or how the decision affected you, " +
        "usually gets a fuller and kinder reply. You can still send it as it is.";
      var button = document.createElement("button");
      button.type = "button";
      button.className = "gentle-hint-dismiss";
      button.textContent = "Dismiss";
      button.setAttribute("aria-label", "Dismiss this hint");
      button.addEventListener("click", function () {
        dismissed = shown;
        hide();
        box.focus();
      });
      card.appendChild(text);
      card.appendChild(button);
      region.appendChild(card);
      shown = state;
      box.setAttribute("data-gentle-hint-shown", "");
      var ids = (box.getAttribute("aria-describedby") || "").split(/\s+/).filter(Boolean);
      if (ids.indexOf(id) < 0) ids.push(id);
      box.setAttribute("aria-describedby", ids.join(" "));
    }

    function check() {
      var text = box.value, mine = ++seq;
      if (!text.trim()) { hide(); dismissed = null; return; }
      window.CandorCheck.findings(url, text).then(function (findings) {
        if (mine !== seq) return;
        var phrases = findings.filter(function (f) { return f.category === "harsh"; })
          .map(function (f) { return f.phrase; });
        var state = { text: text, phrases: phrases };
        if (!phrases.length) { hide(); dismissed = null; return; }
        if (dismissed && !changedMuch(dismissed, state)) return;
        dismissed = null;
        show(state);
      }).catch(function () { /* a hint is a nicety: say nothing when it cannot be had */ });
    }

    box.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(check, DEBOUNCE_MS);
    });
    // A page script may send the message and empty the box without an input event.
    if (box.form) {
      box.form.addEventListener("submit", function () {
        setTimeout(function () {
          if (!box.value.trim()) { clearTimeout(timer); seq += 1; hide(); dismissed = null; }
        }, 250);
      });
    }
    if (box.value.trim()) check();
  }

  Array.prototype.forEach.call(boxes, attach);
})();
