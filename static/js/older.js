// Older messages on the thread page: the server renders the newest page of a thread, with an
// "Older messages" link above it (without JavaScript it opens the page before, ?before=<id>).
// Here the link loads that page from the API instead (GET .../messages?before=<id>, then its
// next_cursor) and puts it above the list without moving what the reader is looking at; scrolling
// back up to the link does the same. A link to an older message (#message-<id>: back from rating
// an old feedback) loads back to it. Messages are rendered by thread.js from the templates.

import { getJSON } from "./live.js";

const PAGE = 50;
const NEAR_PX = 300;  // start loading a little before the link comes into view

/**
 * `older` is the [data-older] paragraph (data-before: the oldest message id shown); `render(message)`
 * returns a message's element. Returns nothing; the paragraph goes once the first message is shown.
 */
export function followOlder({ older, list, threadId, render }) {
  const link = older.querySelector("a");
  const base = `/api/v1/threads/${threadId}/messages`;
  let url = `${base}?before=${Number(older.dataset.before)}&limit=${PAGE}`;
  let loading = null;   // the page being loaded (a promise)
  let broken = false;   // the API failed: the link goes back to being a plain link
  let lastY = window.scrollY;
  let frame = 0;

  link.addEventListener("click", (event) => {
    if (broken) return;
    event.preventDefault();
    load();
  });
  // Only the reader scrolling up reaches for older messages: not the page opening at its top.
  window.addEventListener("scroll", () => {
    if (!frame) frame = requestAnimationFrame(check);
  }, { passive: true });

  const wanted = /^#message-(\d+)$/.exec(window.location.hash);
  if (wanted) reveal(Number(wanted[1]));

  /** Loads back to an older message and shows it (nothing to do if it is on the page, or newer). */
  async function reveal(id) {
    const oldest = () => Number(list.querySelector("[data-message-id]")?.dataset.messageId || 0);
    if (document.getElementById(`message-${id}`) || id > oldest()) return;
    while (!document.getElementById(`message-${id}`) && url && !broken && oldest() > id) await load();
    document.getElementById(`message-${id}`)?.scrollIntoView();
  }

  function check() {
    frame = 0;
    // Up since the last look, or all the way to the top (a fling may bring both in one frame).
    const up = window.scrollY < lastY || window.scrollY === 0;
    lastY = window.scrollY;
    if (up && url && !broken && older.isConnected && older.getBoundingClientRect().bottom > -NEAR_PX) load();
  }

  /** The page before what is shown; while one is on its way, that one. */
  function load() {
    if (!loading && url && !broken) loading = loadPage().finally(() => { loading = null; });
    return loading || Promise.resolve();
  }

  async function loadPage() {
    older.setAttribute("aria-busy", "true");
    try {
      const page = await getJSON(url);
      const first = list.firstElementChild;
      const top = first ? first.getBoundingClientRect().top : 0;
      const fragment = document.createDocumentFragment();
      for (const message of page.items) {
        if (!document.getElementById(`message-${message.id}`)) fragment.append(render(message));
      }
      // Screen readers would read a whole page of history aloud from the live region: not these.
      const politeness = list.getAttribute("aria-live");
      list.removeAttribute("aria-live");
      list.prepend(fragment);
      url = page.next_cursor && `${base}?cursor=${encodeURIComponent(page.next_cursor)}&limit=${PAGE}`;
      if (url) {
        // Opened in a new tab, the link shows the page before what is now shown.
        const oldest = list.querySelector("[data-message-id]");
        if (oldest) link.href = `${window.location.pathname}?before=${oldest.dataset.messageId}`;
      } else {
        older.remove();
      }
      // Keep what was on screen where it was: the new messages grow the page above it.
      if (first) window.scrollBy(0, first.getBoundingClientRect().top - top);
      lastY = window.scrollY;
      if (politeness) requestAnimationFrame(() => list.setAttribute("aria-live", politeness));
    } catch (error) {
      console.warn("Candor: loading older messages failed", error);
      broken = true;
    } finally {
      older.removeAttribute("aria-busy");
    }
  }
}
