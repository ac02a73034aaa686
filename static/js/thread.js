// The thread page, live: new messages without a reload, sending through the socket
// with a pending state, typing, "Seen", status and connection changes, and catching
// up after a reconnect. Without JavaScript the page works as a plain form.
// Messages are the server's own markup: the <template>s come from threads/_message.html, and
// this script only fills their slots and removes the parts a message does not have. The thread's
// state (status, connection, this user's unread count) is the summary the server sends.
// A staff reply passes the wording gate: composer.js checks it as it is typed and hands the send to
// this script (form.candorSend); a send the server holds (ack error "legal_risk") goes back into the
// box with its findings and the "I have reviewed this wording" checkbox, and is sent again with
// acknowledge_risks: true once that is ticked. Ctrl+Enter (Cmd+Enter) sends.
// What else changes while the page is open (a feedback request, staying in touch, closing and
// reopening, the candidate joining) updates the cards in place: the page's own markup for them is
// fetched again (the thread page ?before=0: every card, no messages, so nothing is marked read) and
// each [data-live-card] is swapped, except where the person is typing.
// The page holds the newest messages; older.js loads older ones above them as the reader scrolls
// back. A page of older messages opened by link (data-history, ?before=) is not the end of the
// thread: live messages and sends do not go into it (the form posts and opens the newest page).

import {
  choosePart, clone, formatDate, formatDateTime, getJSON, isPast, keepPart, live, newClientId, openSocket,
  relative, setTime, slot,
} from "./live.js";
import { followOlder } from "./older.js";

const TYPING_EVERY_MS = 3000;   // send "typing" at most this often while the user types
const TYPING_SHOWN_MS = 6000;   // hide "… is typing" after this long without a new signal
const ACK_TIMEOUT_MS = 10000;   // no ack by then: send again (the same client id cannot duplicate)
const READ_DELAY_MS = 250;      // one "read" for a burst of messages
const PAGE = 100;

const root = document.querySelector("[data-live-thread]");
if (root) start(root);

function start(root) {
  const threadId = Number(root.dataset.threadId);
  const me = Number(root.dataset.userId);
  const mySide = root.dataset.side;
  const labels = JSON.parse(root.dataset.labels);
  let summary = JSON.parse(root.dataset.summary);
  let lastRead = Number(root.dataset.lastRead);   // the server marked the page's messages read
  let seenUpto = Number(root.dataset.seenUpto);   // how far the other side has read
  const historyPage = root.dataset.history !== undefined;  // a page of older messages, not the newest

  const list = root.querySelector("ol.messages");
  let form = null;       // the reply form: none on a closed thread until it reopens
  let textarea = null;
  let sendError = null;
  let intercepting = false;
  const typingLine = live(root, "typing");
  bindForm(root.querySelector("form#reply"));
  followReplyHeight();
  followSideHeight();

  const pending = new Map();   // client id -> {body, element, inFlight, acknowledge}; kept in send order
  const typers = new Map();    // user id -> {name, timer}
  let lastTypingSent = 0;
  let readTimer = null;
  let catchingUp = null;

  const older = root.querySelector("[data-older]");
  if (older) followOlder({ older, list, threadId, render: renderOlder });

  const socket = openSocket(live(root, "connection"), {
    offlineText: "Reconnecting… Messages you send will go out when the connection is back.",
    onConnect(first) {
      if (first && !historyPage) interceptReplies();
      pending.forEach((_, clientId) => trySend(clientId));
      catchUp();
      if (!first) refreshCards();  // whatever changed while away
    },
    onChange: showPendingState,
  });
  if (!socket) return;

  // A message comes with the thread as the server now sees it for this user.
  socket.on("message", ({ message, thread }) => {
    if (message.thread_id !== threadId) return;
    if (!historyPage) showMessage(message);
    // Nothing unread for me up to this message (my own, or read in another tab): no "read" to send.
    if (thread.unread_count === 0) lastRead = Math.max(lastRead, message.id);
    applySummary(thread);
  });
  socket.on("thread", ({ thread }) => {
    if (thread.id === threadId) applySummary(thread);
  });
  socket.on("typing", ({ thread_id: id, user }) => {
    if (id === threadId && user.id !== me) showTyping(user);
  });
  socket.on("read", ({ thread_id: id, user_id: reader, side, message_id: messageId }) => {
    if (id === threadId && reader !== me && side !== mySide && messageId > seenUpto) {
      seenUpto = messageId;
      updateSeen();
    }
  });
  document.addEventListener("visibilitychange", scheduleRead);

  // -- messages ------------------------------------------------------------------------

  function showMessage(message) {
    const mine = message.author.id === me;
    if (mine && message.client_id && pending.has(message.client_id)) {
      pending.get(message.client_id).element.remove();
      pending.delete(message.client_id);
    }
    if (document.getElementById(`message-${message.id}`)) return;  // shown already
    insertInOrder(renderMessage(message), message.id);
    if (!mine) {
      hideTyping(message.author.id);
      scheduleRead();
    }
    updateSeen();
  }

  /** Ascending ids; pending messages stay last. */
  function insertInOrder(element, id) {
    for (const child of list.children) {
      if (child.dataset.pending !== undefined || Number(child.dataset.messageId) > id) {
        list.insertBefore(element, child);
        return;
      }
    }
    list.append(element);
  }

  /** The message template (threads/_message.html) filled with the message's JSON. */
  function renderMessage(message) {
    const element = clone("message");
    const { kind, author } = message;
    const mine = author.id === me;
    element.id = `message-${message.id}`;
    element.dataset.messageId = message.id;
    if (author.id) element.dataset.authorId = author.id;
    element.classList.add(`message-${author.side}`, `message-kind-${kind}`);
    if (mine) element.classList.add("message-mine");
    keepPart(element, "system", kind === "system");
    keepPart(element, "bubble", kind !== "system");
    // message.html was sanitized by the server (nh3); everything else goes in as text. A system line
    // this side reads in its own words (staying in touch) comes from the page's template instead.
    const own = kind === "system" && /^[a-z_]+$/.test(message.meta?.event || "") &&
      document.querySelector(`template[data-template="system-${message.meta.event}"]`);
    if (own) slot(element, "html").replaceChildren(own.content.cloneNode(true));
    else slot(element, "html").innerHTML = message.html;
    setTime(slot(element, "time"), message.created_at, formatDateTime(message.created_at));
    if (kind === "system") return element;

    const label = slot(element, "author-label");
    label.id = `message-${message.id}-by`;
    element.querySelector(".bubble").setAttribute("aria-labelledby", label.id);
    choosePart(element, "author", mine ? "you" : "name");
    if (!mine) slot(element, "author-name").textContent = author.name;
    slot(element, "avatar").textContent = initials(mine ? root.dataset.userName : author.name);
    choosePart(element, "side", author.side === "employer" ? "employer" : "candidate");
    keepPart(element, "kind-head", kind === "feedback_request" || kind === "feedback");
    choosePart(element, "kind-label", kind);
    const topics = kind === "feedback_request" ? message.meta?.topics || [] : [];
    keepPart(element, "topics", topics.length > 0);
    for (const topic of topics) {
      const chip = clone("topic");
      chip.textContent = labels.topics[topic] || topic;
      slot(element, "topics").append(chip);
    }
    const due = kind === "feedback_request" && message.meta?.due_at;
    keepPart(element, "due", due);
    if (due) setTime(slot(element, "due"), due, formatDate(due));
    keepPart(element, "pending", false);
    return element;
  }

  /** An older message loaded by scrolling back: what goes under feedback comes from the page. */
  function renderOlder(message) {
    const element = renderMessage(message);
    element.dataset.older = "";  // feedback_edits.js: its rating form, if any, came with it
    if (message.withdrawn_at) element.classList.add("message-withdrawn");
    const foot = document.querySelector(`template[data-template="feedback-foot-${message.id}"]`);
    if (foot) element.querySelector(".message-body")?.after(foot.content.cloneNode(true));
    return element;
  }

  /** What the page has: `?after=` continues from here. */
  function lastShownId() {
    const shown = list.querySelectorAll("[data-message-id]");
    return shown.length ? Number(shown[shown.length - 1].dataset.messageId) : 0;
  }

  /** After every (re)connection: what was missed while away, then the thread's state. */
  function catchUp() {
    if (catchingUp) {
      catchingUp.again = true;
      return;
    }
    catchingUp = { again: false };
    const base = `/api/v1/threads/${threadId}`;
    (async () => {
      // A page of older messages is not caught up: only the thread's state is.
      let url = historyPage ? null : `${base}/messages?after=${lastShownId()}&limit=${PAGE}`;
      let newest = 0;
      while (url) {
        const page = await getJSON(url);
        page.items.forEach(showMessage);
        newest = page.items.reduce((most, message) => Math.max(most, message.id), newest);
        url = page.next_cursor && `${base}/messages?cursor=${encodeURIComponent(page.next_cursor)}&limit=${PAGE}`;
      }
      const thread = await getJSON(base);
      // Fetched after the messages: nothing unread means they are all read already.
      if (thread.unread_count === 0) lastRead = Math.max(lastRead, newest);
      applySummary(thread);
    })().catch((error) => console.warn("Candor: catching up failed", error)).finally(() => {
      const again = catchingUp.again;
      catchingUp = null;
      if (again) catchUp();
    });
  }

  // -- sending -------------------------------------------------------------------------

  /** The reply form's own behaviour, from the start (also a form that arrives when the thread
   *  reopens): Ctrl+Enter (Cmd+Enter) sends. Until the socket connects the form posts the page as
   *  it does without JavaScript; on a staff page the composer sends (after checking the wording). */
  function bindForm(next) {
    form = next;
    textarea = form?.querySelector("textarea[name=body]") || null;
    sendError = form ? live(form, "send-error") : null;
    if (!form) return;
    textarea.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && !event.isComposing &&
          !form.hasAttribute("data-composer-ready")) {
        event.preventDefault();
        form.requestSubmit();
      }
    });
    if (intercepting) interceptForm();
  }

  /** Only once connected: until then the form posts the page as it does without JavaScript. */
  function interceptReplies() {
    intercepting = true;
    // From now on messages arrive by themselves: let screen readers hear them too.
    list.setAttribute("aria-live", "polite");
    list.setAttribute("aria-relevant", "additions");
    interceptForm();
    // Leaving with unsent messages would lose them.
    window.addEventListener("beforeunload", (event) => {
      if (pending.size) event.preventDefault();
    });
  }

  function interceptForm() {
    if (!form || form.candorSend) return;
    const mine = form;
    // The composer (staff) checks the wording first, then hands the send over here.
    mine.candorSend = ({ acknowledge_risks: acknowledge }) => queue(acknowledge);
    mine.addEventListener("submit", (event) => {
      if (event.defaultPrevented) return;  // the composer has it (it calls form.candorSend)
      event.preventDefault();
      queue(Boolean(mine.querySelector("input[name=acknowledge]")?.checked));
    });
    textarea.addEventListener("input", (event) => {
      const now = Date.now();
      if (event.isTrusted && socket.connected && textarea.value.trim() && now - lastTypingSent >= TYPING_EVERY_MS) {
        lastTypingSent = now;
        socket.emit("typing", { thread_id: threadId });
      }
    });
  }

  /** The sticky reply box's height, so that focus and links never land under it (scroll-padding). */
  function followReplyHeight() {
    const area = root.querySelector("[data-live-card=reply-area]");
    if (!area || !window.ResizeObserver) return;
    new ResizeObserver(() => {
      document.documentElement.style.setProperty("--reply-height", `${Math.ceil(area.offsetHeight)}px`);
    }).observe(area);
  }

  /** The side column's height: taller than the window, it scrolls with the page until its last card
   *  is in view and stays there (CSS: the sticky top of .thread-side), never clipped. */
  function followSideHeight() {
    const side = root.querySelector(".thread-side");
    if (!side || !window.ResizeObserver) return;
    new ResizeObserver(() => {
      root.style.setProperty("--side-height", `${Math.ceil(side.offsetHeight)}px`);
    }).observe(side);
  }

  function queue(acknowledge) {
    const clientId = newClientId();
    const body = textarea.value;
    const element = renderPending(body);
    pending.set(clientId, { body, element, inFlight: false, acknowledge });
    list.append(element);
    setText("");
    sendError.textContent = "";
    lastTypingSent = 0;
    textarea.focus();  // ready for the next message, as in any messenger
    trySend(clientId);
  }

  function trySend(clientId) {
    const item = pending.get(clientId);
    if (!item || item.inFlight || !socket.connected) return;  // the next connect sends it
    item.inFlight = true;
    const payload = { thread_id: threadId, body: item.body, client_id: clientId };
    if (item.acknowledge) payload.acknowledge_risks = true;
    socket.timeout(ACK_TIMEOUT_MS).emit("send", payload, (error, ack) => {
      item.inFlight = false;
      if (!pending.has(clientId)) return;  // the message event got here first
      if (error) {
        trySend(clientId);  // timed out or dropped; while offline this waits for the reconnect
      } else if (ack.ok) {
        showMessage(ack.message);
      } else {
        failed(clientId, ack.error);
      }
    });
  }

  /** Refused (closed thread, empty or too long, held wording): the text goes back into the box. */
  function failed(clientId, error) {
    const { body, element } = pending.get(clientId);
    pending.delete(clientId);
    element.remove();
    setText(textarea.value.trim() ? `${body}\n\n${textarea.value}` : body);
    sendError.textContent = error?.message || "The message could not be sent.";
    if (error?.code === "legal_risk") showHeld(body, error.fields?.findings || []);
    textarea.focus();
  }

  /** Held by the wording gate: the findings and the checkbox, from the composer when it runs. */
  function showHeld(body, findings) {
    if (form.hasAttribute("data-composer-ready")) {
      form.dispatchEvent(new CustomEvent("candor:held", { detail: { text: body, findings } }));
      return;
    }
    const items = document.createElement("ul");
    for (const finding of findings) {
      const item = document.createElement("li");
      const quoted = !finding.message.toLowerCase().includes(finding.phrase.toLowerCase());
      item.textContent = (quoted ? `\u201c${finding.phrase}\u201d: ` : "") + finding.message;
      items.append(item);
    }
    sendError.append(items);
    if (!form.querySelector("input[name=acknowledge]")) {
      const label = document.createElement("label");
      const box = document.createElement("input");
      box.type = "checkbox";
      box.name = "acknowledge";
      box.value = "y";
      label.append(box, " I have reviewed this wording and want to send it anyway");
      const block = document.createElement("div");
      block.className = "acknowledge";
      block.append(label);
      form.querySelector(".actions").before(block);
    }
  }

  /** Other scripts on the box (hint.js) learn of the change as if it were typed. */
  function setText(text) {
    textarea.value = text;
    textarea.dispatchEvent(new Event("input", { bubbles: true }));
  }

  function renderPending(body) {
    const element = clone("message");
    element.dataset.pending = "";
    element.classList.add(`message-${mySide}`, "message-kind-text", "message-mine", "message-pending");
    keepPart(element, "system", false);
    keepPart(element, "kind-head", false);
    keepPart(element, "due", false);
    slot(element, "time").remove();
    choosePart(element, "author", "you");
    slot(element, "avatar").textContent = initials(root.dataset.userName);
    choosePart(element, "side", mySide);
    slot(element, "html").textContent = body;  // the server renders the Markdown once it has it
    slot(element, "pending").textContent = socket.connected ? "Sending…" : "Waiting for the connection…";
    return element;
  }

  function showPendingState(connected) {
    pending.forEach(({ element }) => {
      slot(element, "pending").textContent = connected ? "Sending…" : "Waiting for the connection…";
    });
  }

  // -- typing --------------------------------------------------------------------------

  function showTyping(user) {
    clearTimeout(typers.get(user.id)?.timer);
    typers.set(user.id, { name: user.name, timer: setTimeout(() => hideTyping(user.id), TYPING_SHOWN_MS) });
    renderTyping();
  }

  function hideTyping(userId) {
    if (!typers.has(userId)) return;
    clearTimeout(typers.get(userId).timer);
    typers.delete(userId);
    renderTyping();
  }

  function renderTyping() {
    const names = [...typers.values()].map((typer) => typer.name);
    typingLine.textContent =
      names.length === 0 ? "" :
      names.length === 1 ? `${names[0]} is typing…` :
      names.length === 2 ? `${names[0]} and ${names[1]} are typing…` : "Several people are typing…";
  }

  // -- read receipts -------------------------------------------------------------------

  function scheduleRead() {
    clearTimeout(readTimer);
    readTimer = setTimeout(markRead, READ_DELAY_MS);
  }

  /** Only what a person could have seen: the page must be visible. */
  function markRead() {
    const newest = lastShownId();
    if (document.visibilityState !== "visible" || !socket.connected || newest <= lastRead) return;
    lastRead = newest;
    socket.emit("read", { thread_id: threadId, message_id: newest });
  }

  /** The candidate reads for their side; for the candidate, any of the staff does. */
  /** "Seen" goes under my newest message once the other side has read it. */
  function updateSeen() {
    list.querySelectorAll(".seen").forEach((element) => element.remove());
    const mine = list.querySelectorAll(`[data-message-id][data-author-id="${me}"]`);
    const newest = mine[mine.length - 1];
    if (newest && Number(newest.dataset.messageId) <= seenUpto) {
      newest.querySelector(".bubble")?.append(clone("seen"));
    }
  }

  // -- status and staying in touch -------------------------------------------------------

  function applySummary(next) {
    const before = summary;
    summary = next;
    let cards = false;
    if (next.status !== before.status) {
      const badge = live(root, "status-badge");
      badge.className = `badge badge-${next.status}`;
      badge.textContent = labels.status[next.status] || next.status;
      setReplyOpen(next.status !== "closed");
      cards = true;  // the next-step card, the reply box and the close/reopen card follow the status
    }
    if (next.feedback_due_at !== before.feedback_due_at) {
      showDue(next.feedback_due_at);
      cards = true;
    }
    if (showConnection(before.connection, next.connection)) cards = true;
    if (next.candidate.id !== before.candidate.id) cards = true;
    if ((next.assignee?.id ?? null) !== (before.assignee?.id ?? null)) cards = true;
    if (cards) refreshCards();
  }

  function setReplyOpen(open) {
    if (!form) return;
    form.querySelectorAll("textarea, button").forEach((control) => { control.disabled = !open; });
  }

  function showDue(due) {
    const current = live(root, "due");
    if (!due) {
      current?.remove();
      return;
    }
    const element = clone("due");
    element.classList.toggle("due-late", isPast(due));
    setTime(slot(element, "due"), due, formatDate(due));
    slot(element, "relative").textContent = relative(due);
    if (current) current.replaceWith(element);
    else live(root, "status-badge").after(element);
  }

  function showConnection(before, next) {
    const badge = live(root, "connected");
    if (next.connected && !badge) live(root, "status").append(clone("connected"));
    if (!next.connected) badge?.remove();

    const candidate = mySide === "candidate";
    const myIn = candidate ? next.candidate_opt_in : next.employer_opt_in;
    const theirIn = candidate ? next.employer_opt_in : next.candidate_opt_in;
    showConsent(live(root, "my-consent"), myIn);
    showConsent(live(root, "their-consent"), theirIn);
    const result = live(root, "connection-result");
    if (result) {
      result.classList.toggle("is-connected", next.connected);
      result.textContent = !next.connected ? "Not connected." :
        next.expires_at ? `Connected until ${formatDate(next.expires_at)}.` : "Connected.";
    }
    // The card's buttons and interests follow this side's own choice (made in another tab).
    const myInBefore = candidate ? before.candidate_opt_in : before.employer_opt_in;
    return myIn !== myInBefore || next.connected !== before.connected ||
      JSON.stringify(next.interests || []) !== JSON.stringify(before.interests || []);
  }

  function showConsent(element, yes) {
    if (!element) return;
    element.classList.toggle("consent-yes", yes);
    element.textContent = yes ? "Yes" : "Not yet";
  }

  /** As the initials() macro in threads/_message.html: first letters of the first two words. */
  function initials(name) {
    return (name || "").split(/\s+/).filter(Boolean).slice(0, 2).map((word) => word[0].toUpperCase()).join("");
  }

  // -- the cards: the server's own markup again ----------------------------------------------

  let refreshing = null;

  /** One fetch at a time; a change during it fetches once more after it. */
  function refreshCards() {
    if (refreshing) {
      refreshing.again = true;
      return;
    }
    refreshing = { again: false };
    fetchCards().then(swapCards).catch((error) => {
      console.warn("Candor: updating the page failed", error);
      announceChange();
    }).finally(() => {
      const again = refreshing.again;
      refreshing = null;
      if (again) refreshCards();
    });
  }

  async function fetchCards() {
    // ?before=0: the page with every card and no message, so fetching it marks nothing read.
    const response = await fetch(`${window.location.pathname}?before=0`, {
      credentials: "same-origin", headers: { Accept: "text/html" },
    });
    if (!response.ok) throw new Error(`GET thread page: ${response.status}`);
    return new DOMParser().parseFromString(await response.text(), "text/html");
  }

  function swapCards(page) {
    const fresh = page.querySelector("[data-live-thread]");
    if (!fresh) throw new Error("not a thread page");
    for (const card of fresh.querySelectorAll("[data-live-card]")) {
      const name = card.dataset.liveCard;
      const current = root.querySelector(`[data-live-card="${name}"]`);
      if (!current) continue;
      if (name === "reply-area") {
        swapReplyArea(current, card);
      } else if (current.innerHTML !== card.innerHTML && !isBusy(current)) {
        current.replaceWith(document.adoptNode(card));
      }
    }
  }

  /** Someone is using this card right now (typing interests, choosing an assignee): leave it. */
  function isBusy(card) {
    const focused = document.activeElement;
    return card.contains(focused) && focused.matches("input:not([type=hidden]), select, textarea");
  }

  /** The reply box keeps what is typed in it: closing hides it, reopening shows it again. */
  function swapReplyArea(current, fresh) {
    const freshForm = fresh.querySelector("form#reply");
    current.querySelectorAll(".closed-note").forEach((note) => note.remove());
    if (!freshForm) {
      if (form) form.hidden = true;
      current.prepend(...[...fresh.querySelectorAll(".closed-note")].map((note) => document.adoptNode(note)));
      return;
    }
    if (form) {
      form.hidden = false;  // enabled again by applySummary, with the status
      return;
    }
    const adopted = document.adoptNode(freshForm);
    current.append(adopted);
    bindForm(adopted);
  }

  /** Only if the page could not be fetched again: say so, with the way to see it. */
  function announceChange() {
    const notices = live(root, "notices");
    if (notices.querySelector(".live-notice")) return;
    const notice = clone("changed");
    slot(notice, "reload").href = window.location.pathname + window.location.search;
    notices.append(notice);
  }
}
