// Feedback edited or withdrawn by its author (within minutes of sending), live on the thread page:
// the server sends `message_changed` {message} to everyone who sees the thread. The new text is
// the server's sanitized html; "Edited <time>" is the <template data-template="edited"> rendered
// from threads/_message.html, so it reads as a reload would show it. thread.js ignores messages it
// already shows, so this listens on a socket of its own. Without JavaScript a reload shows the same.

import { clone, formatDateTime, setTime } from "./live.js";

const root = document.querySelector("[data-live-thread]");
// Module scripts run before the page's deferred ones (the socket.io client) have: wait for them.
if (root) {
  document.addEventListener("DOMContentLoaded", () => start(root));
  followPage(root);
}

/**
 * Feedback that arrives live (thread.js adds it) gets the candidate's rating form, as a reload
 * would show it; once the thread is closed (thread.js sets its status badge) the rating forms and
 * the author's Edit/Withdraw go, as after a reload.
 */
function followPage(root) {
  const list = root.querySelector("ol.messages");
  const badge = root.querySelector('[data-live="status-badge"]');
  if (!list || !badge) return;
  const canRate = Boolean(document.querySelector('template[data-template="rating-form"]'));
  const closed = () => badge.classList.contains("badge-closed");
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        // Older feedback (thread.js, scrolling back) comes with what the server shows under it.
        if (canRate && !closed() && node.nodeType === Node.ELEMENT_NODE
            && node.classList.contains("message-kind-feedback") && node.dataset.messageId
            && node.dataset.older === undefined
            && !node.querySelector("[data-rating-form], [data-feedback-rating]")) {
          node.querySelector(".bubble")?.append(ratingForm(node.dataset.messageId));
        }
      }
    }
    if (closed()) {
      list.querySelectorAll("[data-rating-form], [data-feedback-actions]").forEach((part) => part.remove());
    }
  }).observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ["class"] });
}

function ratingForm(messageId) {
  const form = clone("rating-form");
  form.querySelector('input[name="message_id"]').value = messageId;
  const comment = form.querySelector("textarea");
  comment.id = `rating-${messageId}-comment`;
  form.querySelector("label.label").htmlFor = comment.id;
  return form;
}

function start(root) {
  if (typeof window.io !== "function") return;
  const threadId = Number(root.dataset.threadId);
  const socket = window.io({ transports: ["websocket", "polling"], tryAllTransports: true, reconnectionDelayMax: 4000 });
  socket.on("message_changed", ({ message }) => {
    if (message.thread_id !== threadId) return;
    const element = document.getElementById(`message-${message.id}`);
    if (!element) return;  // not on this page (yet): it arrives as it now reads
    const body = element.querySelector(".message-body");
    body.innerHTML = message.html;  // sanitized by the server (nh3)
    element.querySelector("[data-edited]")?.remove();
    if (message.withdrawn_at) {
      element.classList.add("message-withdrawn");
      element.querySelectorAll("[data-feedback-actions], [data-rating-form], [data-feedback-rating]")
        .forEach((part) => part.remove());
    } else if (message.edited_at) {
      const note = clone("edited");
      setTime(note.querySelector("time"), message.edited_at, formatDateTime(message.edited_at));
      body.after(note);
    }
  });
}
