// The inbox, live: unread counts, most recent activity first, status and connection
// badges, and new conversations at the top. Without JavaScript it is a plain list.
// Every number and state comes from the server's thread summaries (the API's thread object, as
// this user sees it), which arrive with each "message" and "thread" event: nothing is re-derived.

import {
  choosePart, clone, fill, formatDate, getJSON, isPast, keepPart, live, openSocket, relative, setTime, slot,
} from "./live.js";

const root = document.querySelector("[data-live-inbox]");
if (root) start(root);

function start(root) {
  const candidateView = root.dataset.side === "candidate";
  const statusFilter = root.dataset.status || null;
  // "Assigned to me": the server decides what belongs (a position's threads too); live, a row
  // joins when the thread itself is assigned to this user.
  const assignedToMe = root.dataset.assigned === "me";
  // Searched or filtered further (a name, a position, overdue, another person): whether a thread not
  // listed yet belongs is the server's to say; live events only update the rows listed, and a
  // refresh asks the API with the same filters.
  const narrowed = root.dataset.narrowed === "true";
  const apiQuery = root.dataset.apiQuery || "";
  const userId = Number(root.dataset.userId);
  // Later pages keep their place: only the first page reorders and gains new rows.
  const firstPage = root.dataset.firstPage === "true";
  const labels = JSON.parse(root.dataset.labels);
  const list = live(root, "threads");
  const rows = new Map();      // thread id -> {summary, element}, the summary as the API gives it

  for (const element of list.children) {
    rows.set(Number(element.dataset.threadId), { summary: JSON.parse(element.dataset.summary), element });
  }

  const socket = openSocket(live(root, "connection"), { onConnect: refresh });
  if (!socket) return;

  // Each comes with the thread as the server now sees it for this user (their unread count,
  // the last message's time): a row shows that, and a conversation not listed yet appears.
  socket.on("message", ({ thread }) => upsert(thread, false));
  socket.on("thread", ({ thread }) => upsert(thread, false));

  /** After every (re)connection: what changed while the socket was away. */
  function refresh() {
    const limit = Math.min(100, Math.max(30, rows.size));
    // The page's own filters (status, assignee, search...), as the server wrote them for the API.
    const query = `limit=${limit}` + (apiQuery ? `&${apiQuery}` : "");
    getJSON(`/api/v1/threads?${query}`)
      .then((page) => page.items.forEach((summary) => upsert(summary, true)))
      .catch((error) => console.warn("Candor: refreshing the inbox failed", error));
  }

  /** ``listedByServer``: the summary comes from the API asked with this page's filters, so it belongs
   *  here; a live event's thread is added only when the page is not searched or narrowed further. */
  function upsert(summary, listedByServer) {
    const row = rows.get(summary.id);
    if (row) {
      row.summary = summary;
      update(row);
    } else if (firstPage && (listedByServer || (!narrowed && (!statusFilter || summary.status === statusFilter)
               && (!assignedToMe || (summary.assignee && summary.assignee.id === userId))))) {
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

  /** The row's template (threads/_thread_row.html) filled with the summary. */
  function renderRow(s) {
    const element = clone("thread-row");
    element.dataset.threadId = s.id;
    element.classList.toggle("thread-row-unread", s.unread_count > 0);
    element.querySelector("a").href = `/threads/${s.id}`;
    // The template has the slots this viewer's rows show (the organization or the candidate).
    fill(element, "organization", s.organization.name);
    fill(element, "candidate", s.candidate.name);
    fill(element, "position", s.position.title);
    keepPart(element, "unread", s.unread_count > 0);
    fill(element, "unread", s.unread_count);

    const status = slot(element, "status");
    status.classList.add(`badge-${s.status}`);
    status.textContent = labels.status[s.status] || s.status;
    keepPart(element, "due", s.feedback_due_at);
    if (s.feedback_due_at) {
      setTime(slot(element, "due"), s.feedback_due_at, formatDate(s.feedback_due_at));
      slot(element, "due").closest(".due").classList.toggle("due-late", isPast(s.feedback_due_at));
    }

    // The server says whether they are connected and who opted in; this picks the words.
    const c = s.connection;
    const theirsIn = candidateView ? c.employer_opt_in : c.candidate_opt_in;
    const mineIn = candidateView ? c.candidate_opt_in : c.employer_opt_in;
    choosePart(element, "connection", c.connected ? "connected" : theirsIn ? "theirs" : mineIn ? "mine" : "none");
    keepPart(element, "not-joined", !s.candidate.id);
    keepPart(element, "assignee", s.assignee);
    if (s.assignee) fill(element, "assignee", s.assignee.name);
    keepPart(element, "last-activity", s.last_message_at);
    if (s.last_message_at) setTime(slot(element, "last-activity"), s.last_message_at, relative(s.last_message_at));
    return element;
  }
}
