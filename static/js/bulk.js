// A bulk rejection's page (bulk/job.html): the socket's bulk_progress events move the progress bar
// as the rows are processed; when the upload is done, the outcome table is taken from the page as
// the server renders it now. Without JavaScript the page's Refresh link does the same.

import { getJSON, openSocket } from "./live.js";

const card = document.querySelector("[data-bulk-job]");

if (card && card.dataset.bulkDone !== "true") {
  const jobId = Number(card.dataset.bulkJob);
  const bar = card.querySelector("progress");
  const text = card.querySelector("[data-bulk-text]");
  const announce = card.querySelector("[data-bulk-announce]");
  const heading = card.querySelector("h2");
  let spoken = 0; // the last quarter announced to screen readers (every event would be too chatty)
  let finished = false;
  let latest = -1; // the catch-up from the API can be newer than an event still on its way: never go back

  const number = (n) => n.toLocaleString("en");

  function show(p) {
    bar.max = p.total;
    bar.value = p.processed;
    bar.textContent = `${p.processed} of ${p.total}`;
    text.textContent = `${number(p.processed)} of ${number(p.total)} processed: ${p.rejected} rejected, ` +
      `${p.already_rejected} already rejected, ${p.failed} failed.`;
    const quarter = Math.floor((4 * p.processed) / Math.max(1, p.total));
    if (quarter > spoken && !p.done) {
      spoken = quarter;
      announce.textContent = `${number(p.processed)} of ${number(p.total)} processed.`;
    }
  }

  async function finish(p) {
    if (finished) return;
    finished = true;
    show(p);
    heading.textContent = "Done";
    card.dataset.bulkDone = "true";
    card.querySelector("[data-bulk-refresh]")?.remove();
    announce.textContent = `Done: ${p.rejected} rejected, ${p.already_rejected} already rejected, ${p.failed} failed.`;
    // The outcome table as the server renders it (links to each conversation, each failure's reason).
    const response = await fetch(window.location.href, { credentials: "same-origin" });
    if (!response.ok) return;
    const page = new DOMParser().parseFromString(await response.text(), "text/html");
    const fresh = page.querySelector("[data-bulk-results]");
    const current = document.querySelector("[data-bulk-results]");
    if (fresh && current) current.replaceWith(document.importNode(fresh, true));
  }

  function apply(p) {
    if (p.job_id !== jobId || finished) return;
    if (p.done) {
      finish(p);
      return;
    }
    if (p.processed < latest) return;
    latest = p.processed;
    show(p);
  }

  // Events sent before the socket connected (or while it was away) are caught up from the API.
  async function catchUp() {
    const job = await getJSON(`/api/v1/bulk-rejections/${jobId}`);
    apply({ job_id: job.id, total: job.total, processed: job.processed, ...job.counts, done: job.status === "done" });
  }

  const socket = openSocket(card.querySelector("[data-live-banner]"), { onConnect: () => catchUp().catch(() => {}) });
  if (socket) {
    card.querySelector("[data-bulk-live-note]")?.removeAttribute("hidden");
    socket.on("bulk_progress", apply);
  }
}
