// The inbox, live: unread counts, most recent activity first, status and connection
// badges, and new conversations at the top. Without JavaScript it is a plain list.

import { clone, formatDate, getJSON, isPast, keepPart, live, openSocket, relative, setTime, slot } from "./live.js";

const root = document.querySelector("[data-live-inbox]");
if (root) start(root);

function start(root) {
  const me = Number(root.dataset.userId);
  const candidateView = root.dataset.side === "candidate";
  const statusFilter = root.dataset.status || null;
  // Later pages keep their place: only the first page reorders and gains new rows.
  const firstPage = root.dataset.firstPage === "true";
  const severalOrganizations = root.dataset.severalOrganizations === "true";
  const labels = JSON.parse(root.dataset.labels);
  const list = live(root, "threads");
  const rows = new Map();      // thread id -> {summary, element}, the summary as the API gives it
  const loading = new Map();   // thread id -> true when more happened while it was loading

  for (const element of list.children) {
    rows.set(Number(element.dataset.threadId), { summary: JSON.parse(element.dataset.summary), element });
  }

  const socket = openSocket(live(root, "connection"), { onConnect: refresh });
  if (!socket) return;

  socket.on("message", ({ message }) => {
    const row = rows.get(message.thread_id);
    if (!row) {
      if (firstPage) load(message.thread_id);
      return;
    }
    // The API's unread_count: messages by others after my last read one; my own
    // message marks everything before it read.
    const summary = row.summary;
    summary.unread_count = message.author.id === me ? 0 : summary.unread_count + 1;
    summary.last_message_at = message.created_at;
    update(row);
  });
  // The server's own numbers (unread_count for this user): trusted over the local count.
  socket.on("thread", ({ thread }) => upsert(thread));

  /** After every (re)connection: what changed while the socket was away. */
  function refresh() {
    const limit = Math.min(100, Math.max(30, rows.size));
    const query = `limit=${limit}` + (statusFilter ? `&status=${encodeURIComponent(statusFilter)}` : "");
    getJSON(`/api/v1/threads?${query}`)
      .then((page) => page.items.forEach(upsert))
      .catch((error) => console.warn("Candor: refreshing the inbox failed", error));
  }

  /** A message for a conversation not on the page: fetch it, then show it. */
  function load(threadId) {
    if (loading.has(threadId)) {
      loading.set(threadId, true);
      return;
    }
    loading.set(threadId, false);
    getJSON(`/api/v1/threads/${threadId}`)
      .then(upsert)
      .catch((error) => console.warn("Candor: loading a conversation failed", error))
      .finally(() => {
        const again = loading.get(threadId);
        loading.delete(threadId);
        if (again) load(threadId);
      });
  }

  function upsert(summary) {
    const row = rows.get(summary.id);
    if (row) {
      row.summary = summary;
      update(row);
    } else if (firstPage && (!statusFilter || summary.status === statusFilter)) {
      const added = { summary, element: renderRow(summary) };
      rows.set(summary.id, added);
      list.prepend(added.element);
      list.hidden = false;
      live(root, "empty")?.remove();
      place(added);
    }
  }

  function update(row) {
    const hadFocus = row.element.contains(document.activeElement);
    const element = renderRow(row.summary);
    row.element.replaceWith(element);
    row.element = element;
    place(row);
    if (hadFocus) element.querySelector("a").focus();
  }

  /** Most recent activity first, as the server orders them. */
  function place(row) {
    if (!firstPage) return;
    const newer = (a, b) => (Date.parse(a.last_message_at) || 0) - (Date.parse(b.last_message_at) || 0) || a.id - b.id;
    for (const other of list.children) {
      if (other === row.element) continue;
      const otherRow = rows.get(Number(other.dataset.threadId));
      if (otherRow && newer(row.summary, otherRow.summary) > 0) {
        if (other !== row.element.nextElementSibling) list.insertBefore(row.element, other);
        return;
      }
    }
    list.append(row.element);
  }

  function renderRow(s) {
    const element = clone("thread-row");
    element.dataset.threadId = s.id;
    element.classList.toggle("thread-row-unread", s.unread_count > 0);
    element.querySelector("a").href = `/threads/${s.id}`;
    slot(element, "title").textContent = candidateView ? s.organization.name : s.candidate.name;
    keepPart(element, "unread", s.unread_count > 0);
    if (s.unread_count > 0) slot(element, "unread").textContent = s.unread_count;
    slot(element, "sub").textContent =
      s.position.title + (!candidateView && severalOrganizations ? ` · ${s.organization.name}` : "");

    const status = slot(element, "status");
    status.classList.add(`badge-${s.status}`);
    status.textContent = labels.status[s.status] || s.status;
    keepPart(element, "due", s.feedback_due_at);
    if (s.feedback_due_at) {
      setTime(slot(element, "due"), s.feedback_due_at, formatDate(s.feedback_due_at));
      element.querySelector(".due").classList.toggle("due-late", isPast(s.feedback_due_at));
    }

    const c = s.connection;
    const mineIn = candidateView ? c.candidate_opt_in : c.employer_opt_in;
    const theirsIn = candidateView ? c.employer_opt_in : c.candidate_opt_in;
    const waiting = c.connected ? "" :
      theirsIn ? "They would like to stay in touch" : mineIn ? "You opted in to stay in touch" : "";
    keepPart(element, "connected", c.connected);
    keepPart(element, "connection-pending", waiting);
    if (waiting) slot(element, "connection-pending").textContent = waiting;
    keepPart(element, "not-joined", !candidateView && !s.candidate.id);
    keepPart(element, "last-activity", s.last_message_at);
    if (s.last_message_at) setTime(slot(element, "last-activity"), s.last_message_at, relative(s.last_message_at));
    return element;
  }
}
