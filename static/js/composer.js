/* The composer of every employer text box (feedback answers, the rejection note, the staff reply on
 * the thread page, the announcement note): checks the wording while it is typed, highlights each
 * finding in place with its reason and a better way to say it, holds the Send button while a
 * legal-risk finding is neither changed nor acknowledged, and sends with Ctrl+Enter (Cmd+Enter on a
 * Mac). The boxes checked are the form's `.prompt textarea`s and `textarea[data-check]`s.
 *
 * A page that sends without reloading (the thread page, over the socket) sets `form.candorSend`:
 * the composer calls it with `{acknowledge_risks}` instead of submitting the form, and the page
 * reports a held send back with a `candor:held` event on the form (`detail: {findings}`) so the
 * server's findings show at once. Other submit buttons (a preview) post as they are.
 *
 * Progressive enhancement only: without this file the form posts as it is and the server checks,
 * blocks and asks for the acknowledgement itself. The server stays the final gate either way.
 */
(function () {
  "use strict";

  var form = document.querySelector("form[data-composer]");
  if (!form || !window.fetch || !window.CandorCheck) return;

  var CHECK_URL = form.getAttribute("data-check-url");
  var DEBOUNCE_MS = 400;
  var CATEGORY = { legal_risk: "Legal risk", harsh: "Harsh", platitude: "Vague" };
  var NOUN = {
    legal_risk: ["legal risk", "legal risks"],
    harsh: ["harsh phrase", "harsh phrases"],
    platitude: ["vague phrase", "vague phrases"]
  };
  // Copied onto the highlight layer so its text wraps exactly like the textarea's.
  var MIRRORED = ["fontFamily", "fontSize", "fontWeight", "fontStyle", "lineHeight", "letterSpacing",
    "wordSpacing", "textIndent", "textTransform", "tabSize", "paddingTop", "paddingRight", "paddingBottom",
    "paddingLeft", "borderTopWidth", "borderRightWidth", "borderBottomWidth", "borderLeftWidth",
    "borderTopLeftRadius", "borderTopRightRadius", "borderBottomLeftRadius", "borderBottomRightRadius"];

  var FIELDS = ".prompt textarea, textarea[data-check]";
  var sendButton = form.querySelector('[name="send"]');
  var checkButton = form.querySelector('[name="check"]');
  var actions = sendButton ? sendButton.closest(".actions") : null;
  if (!sendButton || !actions) return;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text != null) node.textContent = text;
    return node;
  }

  function describedBy(node, id, on) {
    var ids = (node.getAttribute("aria-describedby") || "").split(/\s+/).filter(function (x) {
      return x && x !== id;
    });
    if (on) ids.push(id);
    if (ids.length) node.setAttribute("aria-describedby", ids.join(" "));
    else node.removeAttribute("aria-describedby");
  }

  function plural(n, category) {
    return n + " " + NOUN[category][n === 1 ? 0 : 1];
  }

  function postCheck(text) {
    return window.CandorCheck.findings(CHECK_URL, text);
  }

  // Findings from an older text, moved onto the current one while the next check is on its way:
  // a phrase still there keeps its mark, a phrase that is gone loses it at once.
  function relocate(findings, fromText, toText) {
    var moved = [];
    findings.forEach(function (f) {
      var phrase = fromText.slice(f.start, f.end);
      var start = toText.slice(f.start, f.end) === phrase ? f.start : -1;
      if (start < 0 && phrase) {
        var best = -1, at = toText.indexOf(phrase);
        while (at >= 0) {
          if (best < 0 || Math.abs(at - f.start) < Math.abs(best - f.start)) best = at;
          at = toText.indexOf(phrase, at + 1);
        }
        start = best;
      }
      if (start >= 0) moved.push(Object.assign({}, f, { start: start, end: start + phrase.length }));
    });
    return moved;
  }

  // A finding's explanation with its phrase said once: most messages already quote the phrase.
  function explanation(f) {
    var quoted = f.phrase && f.message.toLowerCase().indexOf(f.phrase.toLowerCase()) < 0;
    return (quoted ? "\u201c" + f.phrase + "\u201d: " : "") + f.message;
  }

  // -- one answer box -------------------------------------------------------------------------

  function Field(textarea) {
    this.el = textarea;
    this.prompt = textarea.closest(".prompt") || textarea.parentNode;
    var label = form.querySelector('label[for="' + textarea.id + '"]');
    this.label = label && label.firstChild ? label.firstChild.textContent.trim() : textarea.name;
    this.findings = [];
    this.checkedText = "";   // the text this.findings were computed for
    this.seq = 0;
    this.timer = null;
    this.inflight = null;
    this.inflightText = null;
    this.failed = false;
    this.build();
  }

  Field.prototype.build = function () {
    var ta = this.el;
    // The server's own findings block (a no-JavaScript round trip) is replaced by the live one.
    var old = document.getElementById(ta.id + "-findings");
    if (old) old.parentNode.removeChild(old);

    this.wrap = el("div", "hl-wrap");
    this.backdrop = el("div", "hl-backdrop");
    this.backdrop.setAttribute("aria-hidden", "true");
    this.layer = el("div", "hl-layer");
    this.backdrop.appendChild(this.layer);
    ta.parentNode.insertBefore(this.wrap, ta);
    this.wrap.appendChild(this.backdrop);
    this.wrap.appendChild(ta);

    this.list = el("ul", "live-findings");
    this.list.id = ta.id + "-findings";
    this.list.hidden = true;
    this.wrap.parentNode.insertBefore(this.list, this.wrap.nextSibling);
    describedBy(ta, this.list.id, false);

    var self = this;
    ta.addEventListener("input", function () { self.edited(); });
    ta.addEventListener("scroll", function () { self.backdrop.scrollTop = ta.scrollTop; });
    var width = ta.offsetWidth;
    if (window.ResizeObserver) {
      new ResizeObserver(function () {
        if (ta.offsetWidth !== width) { width = ta.offsetWidth; self.grow(); }  // rewrapped: new height
        self.mirror();
      }).observe(ta);
    }
    this.grow();
    this.mirror();
  };

  Field.prototype.mirror = function () {
    var style = window.getComputedStyle(this.el), b = this.backdrop.style;
    MIRRORED.forEach(function (name) { b[name] = style[name]; });
    b.borderStyle = "solid";
    b.borderColor = "transparent";
    b.width = this.el.offsetWidth + "px";
    b.height = this.el.offsetHeight + "px";
    this.backdrop.scrollTop = this.el.scrollTop;
  };

  // The box grows with its answer, so the highlight layer never has to follow a scrollbar.
  Field.prototype.grow = function () {
    var ta = this.el, style = window.getComputedStyle(ta);
    var borders = parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth);
    ta.style.height = "auto";
    ta.style.height = (ta.scrollHeight + borders) + "px";
  };

  Field.prototype.edited = function () {
    var text = this.el.value, self = this;
    this.grow();
    this.findings = relocate(this.findings, this.checkedText, text);
    this.checkedText = text;
    this.stale = true;
    this.render();
    clearTimeout(this.timer);
    this.timer = setTimeout(function () { self.check(); }, DEBOUNCE_MS);
    composer.update();
  };

  // Checks the current text now (unless it already is checked or on its way).
  Field.prototype.check = function () {
    clearTimeout(this.timer);
    this.timer = null;
    var text = this.el.value, self = this;
    if (!this.stale) return Promise.resolve();
    if (this.inflight && this.inflightText === text) return this.inflight;
    var seq = ++this.seq;
    if (!text.trim()) {
      this.apply(text, []);
      return Promise.resolve();
    }
    this.inflightText = text;
    this.inflight = postCheck(text).then(function (found) {
      if (seq === self.seq) self.apply(text, found);
    }, function () {
      // Could not check (offline, signed out): say so, and let the server decide on send.
      if (seq === self.seq) {
        self.failed = true;
        self.stale = false;
        composer.update();
      }
    }).then(function () {
      if (seq === self.seq) self.inflight = null;
    });
    return this.inflight;
  };

  Field.prototype.apply = function (text, found) {
    var current = this.el.value;
    this.findings = current === text ? found : relocate(found, text, current);
    this.checkedText = current;
    this.stale = current !== text;
    this.failed = false;
    this.render();
    composer.update();
  };

  Field.prototype.render = function () {
    var text = this.el.value, layer = this.layer, list = this.list;
    var sorted = this.findings.slice().sort(function (a, b) { return a.start - b.start || a.end - b.end; });

    layer.textContent = "";
    var last = 0;
    sorted.forEach(function (f) {
      var start = Math.max(f.start, last), end = Math.min(f.end, text.length);
      if (start >= end) return;  // overlaps a span already marked
      layer.appendChild(document.createTextNode(text.slice(last, start)));
      layer.appendChild(el("mark", "finding-" + f.category, text.slice(start, end)));
      last = end;
    });
    // A trailing newline only takes up a line when something follows it.
    layer.appendChild(document.createTextNode(text.slice(last) + "\u200b"));

    list.textContent = "";
    sorted.forEach(function (f) {
      var item = el("li", "finding finding-" + f.category);
      item.appendChild(el("span", "badge badge-finding-" + f.category, CATEGORY[f.category] || f.category));
      item.appendChild(el("span", "finding-why", explanation(f)));
      if (f.suggestion) item.appendChild(el("span", "suggestion", "Try instead: " + f.suggestion));
      list.appendChild(item);
    });
    list.hidden = sorted.length === 0;
    describedBy(this.el, list.id, sorted.length > 0);
    this.prompt.classList.toggle("prompt-flagged", sorted.length > 0);
    this.prompt.classList.toggle("prompt-risky", this.risky().length > 0);
  };

  Field.prototype.risky = function () {
    return this.findings.filter(function (f) { return f.category === "legal_risk"; });
  };

  // -- the whole form -------------------------------------------------------------------------

  var composer = {
    fields: [],
    acknowledged: {},   // the legal-risk phrases the author ticked the box for
    status: null,
    ack: null,
    ackBox: null,
    submitting: false,
    releasing: false,
    carryTick: false,

    init: function () {
      var self = this, focused = document.activeElement;
      form.querySelectorAll(FIELDS).forEach(function (ta) { self.fields.push(new Field(ta)); });
      if (!this.fields.length) return;
      form.setAttribute("data-composer-ready", "");
      // Wrapping a textarea for its highlights takes the focus away: give it back (or to the
      // autofocus answer), so the author can start typing the moment the page opens.
      var start = this.fields.map(function (f) { return f.el; }).filter(function (ta) {
        return ta === focused || (ta.autofocus && (!focused || focused === document.body));
      })[0];
      if (start) start.focus();

      this.ack = form.querySelector(".acknowledge") || this.buildAcknowledge();
      this.ackBox = this.ack.querySelector('input[name="acknowledge"]');
      this.ackBox.addEventListener("change", function () {
        self.acknowledged = {};
        self.carryTick = false;
        if (self.ackBox.checked) self.riskKeys().forEach(function (k) { self.acknowledged[k] = true; });
        self.update();
      });

      this.status = el("p", "send-status");
      this.status.id = "composer-status";
      this.status.setAttribute("role", "status");
      this.status.setAttribute("aria-live", "polite");
      actions.parentNode.insertBefore(this.status, actions.nextSibling);
      describedBy(sendButton, this.status.id, true);

      form.addEventListener("keydown", function (event) {
        if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && !event.isComposing) {
          event.preventDefault();
          self.send();
        }
      });
      form.addEventListener("submit", function (event) { self.submitted(event); });
      // The server held a send the live check had not flagged (or not yet): its findings show now.
      form.addEventListener("candor:held", function (event) {
        var found = (event.detail && event.detail.findings) || [];
        var field = self.fields[0];
        if (field && found.length) field.apply(event.detail.text || field.el.value, found);
      });

      // Answers already on the page (after a round trip, or restored by the browser) are checked now.
      this.fields.forEach(function (f) {
        if (f.el.value.trim()) { f.stale = true; f.check(); }
      });
      // Ticked before a round trip through the server: it covers the wording it was ticked for,
      // which the first checks are about to find again.
      this.carryTick = this.ackBox.checked;
      this.update();
    },

    buildAcknowledge: function () {
      var block = el("div", "acknowledge");
      block.hidden = true;
      var row = el("div", "checkbox");
      var box = el("input");
      box.type = "checkbox";
      box.id = "acknowledge";
      box.name = "acknowledge";
      box.value = "y";
      box.setAttribute("aria-describedby", "acknowledge-help");
      var label = el("label", null, form.getAttribute("data-acknowledge-label"));
      label.htmlFor = box.id;
      row.appendChild(box);
      row.appendChild(document.createTextNode(" "));
      row.appendChild(label);
      var help = el("p", "help", form.getAttribute("data-acknowledge-help"));
      help.id = "acknowledge-help";
      block.appendChild(row);
      block.appendChild(help);
      actions.parentNode.insertBefore(block, actions);
      return block;
    },

    riskKeys: function () {
      var keys = [];
      this.fields.forEach(function (f) {
        f.risky().forEach(function (r) { keys.push(f.el.name + "|" + r.phrase.toLowerCase()); });
      });
      return keys;
    },

    blocked: function () {
      return this.riskKeys().length > 0 && !(this.ackBox && this.ackBox.checked);
    },

    update: function () {
      if (!this.status) return;
      var self = this, keys = this.riskKeys();
      if (this.carryTick && this.fields.every(function (f) { return !f.stale; })) {
        this.carryTick = false;
        keys.forEach(function (k) { self.acknowledged[k] = true; });
      }
      // A new risky phrase needs its own review: the earlier tick does not cover it.
      if (!this.carryTick && this.ackBox.checked && keys.some(function (k) { return !self.acknowledged[k]; })) {
        this.ackBox.checked = false;
        this.acknowledged = {};
      }
      this.ack.hidden = keys.length === 0;

      var blocked = this.blocked();
      sendButton.disabled = blocked;
      sendButton.classList.toggle("is-held", blocked);
      this.say(this.summary(blocked), blocked ? "held" : null);
    },

    summary: function (blocked) {
      var counts = { legal_risk: 0, platitude: 0, harsh: 0 }, risky = [], total = 0, failed = false;
      this.fields.forEach(function (f) {
        f.findings.forEach(function (x) { counts[x.category] = (counts[x.category] || 0) + 1; total += 1; });
        if (f.risky().length) risky.push("\u201c" + f.label + "\u201d");
        failed = failed || f.failed;
      });
      if (blocked) {
        return "Send is paused: " + (this.fields.length === 1 ? "some wording may refer"
          : risky.length === 1 ? "the answer to " + risky[0] + " may refer"
          : "answers to " + risky.join(" and ") + " may refer") +
          " to a protected characteristic. Change the wording, or tick \u201cI have reviewed this wording\u201d to send it.";
      }
      if (failed) return "The wording could not be checked just now; it is checked again when you send.";
      if (!total) {
        var typed = this.fields.some(function (f) { return f.el.value.trim(); });
        return typed ? "No wording issues found." : "Candor checks the wording as you type.";
      }
      var parts = ["legal_risk", "harsh", "platitude"].filter(function (c) { return counts[c]; })
        .map(function (c) { return plural(counts[c], c); });
      var text = "Worth a second look: " + parts.join(", ") + ".";
      if (counts.legal_risk) text += " You have confirmed the legal-risk wording, so it can be sent.";
      else text += " These are suggestions; you can still send.";
      return text;
    },

    say: function (text, tone) {
      if (this.status.textContent !== text) this.status.textContent = text;
      this.status.classList.toggle("send-status-held", tone === "held");
    },

    flush: function () {
      return Promise.all(this.fields.map(function (f) { return f.check(); }));
    },

    // Ctrl+Enter, a click on Send, or "Check my wording": the latest text is checked first.
    send: function () {
      var self = this;
      if (this.submitting) return;
      this.flush().then(function () {
        self.update();
        if (self.blocked()) {
          self.say("Not sent yet. " + self.summary(true), "held");
          return;
        }
        // A task of its own: inside the submit event that started this (and its microtasks) the
        // browser silently ignores a new submission.
        setTimeout(function () { self.release(); }, 0);
      });
    },

    release: function () {
      if (typeof form.candorSend === "function") {
        // The page sends it itself (the thread page, over the socket): the form stays.
        form.candorSend({ acknowledge_risks: !!(this.ackBox && this.ackBox.checked && this.riskKeys().length) });
        this.sent();
        return;
      }
      this.releasing = true;
      try {
        if (form.requestSubmit) form.requestSubmit(sendButton);
        else sendButton.click();
      } finally {
        this.releasing = false;
      }
    },

    // After a send the page handled itself: the next message needs its own review.
    sent: function () {
      this.acknowledged = {};
      this.carryTick = false;
      if (this.ackBox) this.ackBox.checked = false;
      this.update();
    },

    submitted: function (event) {
      var self = this;
      if (event.defaultPrevented) return;  // another script on the page took this submission
      // Another submit button (the announcement's "Check and count recipients") posts as it is.
      if (event.submitter && event.submitter !== sendButton && event.submitter !== checkButton) return;
      if (this.submitting) {  // a second click while the first send is on its way
        event.preventDefault();
        return;
      }
      if (event.submitter && event.submitter === checkButton) {
        event.preventDefault();
        this.flush().then(function () {
          self.update();
          self.status.focus();
        });
        return;
      }
      if (this.releasing) {
        this.submitting = true;
        return;
      }
      event.preventDefault();
      this.send();
    }
  };

  composer.init();
  if (composer.status) composer.status.tabIndex = -1;
})();
