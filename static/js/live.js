// What the live pages (thread.js, inbox.js) share: the socket and its connection
// banner, the JSON API, <template> cloning and the server's date formats.

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const BACK_ONLINE_MS = 2500;

// -- dates: the same words as the Jinja filters in server/web/filters.py (UTC) --------

const pad = (n) => String(n).padStart(2, "0");

export function formatDateTime(iso) {
  const d = new Date(iso);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
}

export function formatDate(iso) {
  const d = new Date(iso);
  return `${DAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

export function relative(iso) {
  let seconds = (Date.parse(iso) - Date.now()) / 1000;
  const future = seconds > 0;
  seconds = Math.abs(seconds);
  for (const [size, unit] of [[86400, "day"], [3600, "hour"], [60, "minute"]]) {
    if (seconds >= size) {
      const count = Math.floor(seconds / size);
      const text = `${count} ${unit}${count === 1 ? "" : "s"}`;
      return future ? `in ${text}` : `${text} ago`;
    }
  }
  return future ? "in a moment" : "just now";
}

export const isPast = (iso) => Date.parse(iso) <= Date.now();

// -- page plumbing ------------------------------------------------------------------

export function newClientId() {
  if (crypto.randomUUID) return crypto.randomUUID();
  // randomUUID needs a secure context (https or localhost); getRandomValues does not.
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
}

export async function getJSON(url) {
  const response = await fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`GET ${url}: ${response.status}`);
  return response.json();
}

// The <template>s are rendered by the server from the same Jinja macros as its own markup, with
// every part there and every slot empty: the scripts fill slots and remove parts, nothing more.

/** A fresh copy of <template data-template="name">'s first element. */
export function clone(name) {
  return document.querySelector(`template[data-template="${name}"]`).content.firstElementChild.cloneNode(true);
}

export const slot = (element, name) => element.querySelector(`[data-slot="${name}"]`);
export const live = (element, name) => element.querySelector(`[data-live="${name}"]`);

/** Puts `text` into every data-slot="name" element (as text, never as markup). */
export function fill(element, name, text) {
  element.querySelectorAll(`[data-slot="${name}"]`).forEach((target) => { target.textContent = text; });
}

/** Removes the data-part="name" elements of a cloned template unless `keep`. */
export function keepPart(element, name, keep) {
  if (!keep) element.querySelectorAll(`[data-part="${name}"]`).forEach((part) => part.remove());
}

/** Of the alternatives data-part="name-…", keeps only data-part="name-choice". */
export function choosePart(element, name, choice) {
  element.querySelectorAll(`[data-part^="${name}-"]`).forEach((part) => {
    if (part.dataset.part !== `${name}-${choice}`) part.remove();
  });
}

export function setTime(timeElement, iso, text) {
  timeElement.dateTime = iso;
  timeElement.textContent = text;
}

// -- the socket ---------------------------------------------------------------------

/**
 * Connects with the session cookie (socket.io reconnects by itself) and keeps the
 * page's connection banner (a role="status" region) truthful.
 * `onConnect(first)` runs after every connection, which is when a page catches up.
 * Returns null when the socket.io client is not available: the page then works
 * exactly as it does without JavaScript.
 */
export function openSocket(banner, { onConnect, onChange, offlineText }) {
  if (typeof window.io !== "function") return null;
  // WebSocket first, long-polling only when that fails: no transport upgrade mid-connection, whose
  // failure (e.g. the server stopping during it) can leave the client stalled on a paused transport
  // until the ping timeout, without noticing that it is offline.
  const socket = window.io({ transports: ["websocket", "polling"], tryAllTransports: true, reconnectionDelayMax: 4000 });
  let connectedBefore = false;
  let backOnlineTimer = null;

  const say = (text, kind) => {
    clearTimeout(backOnlineTimer);
    banner.textContent = text;
    banner.dataset.state = kind || "";
  };
  // The socket's state for styles (and tests): connected, offline or signed-out.
  const state = (value) => { document.documentElement.dataset.socket = value; };

  socket.on("connect", () => {
    if (connectedBefore) {
      say("Connected again.", "online");
      backOnlineTimer = setTimeout(() => say(""), BACK_ONLINE_MS);
    } else {
      say("");
    }
    const first = !connectedBefore;
    connectedBefore = true;
    state("connected");
    onChange?.(true);
    onConnect?.(first);
  });

  socket.on("disconnect", () => {
    onChange?.(false);
    state("offline");
    if (socket.active) say(offlineText || "Reconnecting…", "offline");
    else signedOut();
  });

  socket.on("connect_error", () => {
    // While the socket is active socket.io keeps trying; otherwise the server refused us.
    if (socket.active) {
      if (connectedBefore) say(offlineText || "Reconnecting…", "offline");
    } else {
      signedOut();
    }
  });

  function signedOut() {
    state("signed-out");
    say("You are signed out here. Reload the page to continue.", "offline");
  }

  return socket;
}
