// The inbox by keyboard: j / k select the next / previous conversation, Enter opens it, / goes to
// the search box, ? lists the shortcuts. Without JavaScript the inbox is a plain list of links.
// The selection is the focused row's link (the browser shows its focus ring, and a screen reader
// reads it), marked aria-current so it stays visible when focus goes elsewhere.

import { shortcuts, shortcutsDialog } from "./shortcuts.js";

const list = document.querySelector("[data-live-inbox] [data-live=\"threads\"]");
if (list) start(list);

function start(list) {
  const search = document.querySelector("[data-search]");
  const dialogElement = document.querySelector("[data-shortcuts-dialog]");
  const dialog = dialogElement && typeof dialogElement.showModal === "function" ? shortcutsDialog(dialogElement) : null;
  const opener = document.querySelector("[data-shortcuts-open]");
  if (dialog && opener) {
    opener.hidden = false;
    opener.addEventListener("click", () => dialog.open());
  }
  let selectedId = null;   // a thread id: live updates replace the row elements, not the threads

  const rows = () => [...list.querySelectorAll(".thread-row[data-thread-id]")];
  const linkOf = (row) => row.querySelector("a.thread-link");
  const selectedRow = () => rows().find((row) => row.dataset.threadId === selectedId);

  function mark() {
    for (const row of rows()) {
      const selected = row.dataset.threadId === selectedId;
      row.classList.toggle("thread-row-selected", selected);
      if (selected) linkOf(row).setAttribute("aria-current", "true");
      else linkOf(row).removeAttribute("aria-current");
    }
  }

  function select(row) {
    selectedId = row.dataset.threadId;
    mark();
    linkOf(row).focus();
  }

  function move(step) {
    const all = rows();
    if (!all.length) return;
    // From the row that has focus (a Tab or a click may have moved it), else from the selection.
    let index = all.findIndex((row) => row.contains(document.activeElement));
    if (index < 0) index = all.findIndex((row) => row.dataset.threadId === selectedId);
    select(all[index < 0 ? 0 : Math.min(all.length - 1, Math.max(0, index + step))]);
  }

  // A row reached with Tab or a click becomes the selection; a live update keeps it on its thread.
  list.addEventListener("focusin", (event) => {
    const row = event.target.closest(".thread-row[data-thread-id]");
    if (row) {
      selectedId = row.dataset.threadId;
      mark();
    }
  });
  new MutationObserver(() => selectedId && mark()).observe(list, { childList: true });

  shortcuts({
    j: () => move(1),
    k: () => move(-1),
    Enter: () => {
      // On a link or a button, Enter already does what it says.
      if (document.activeElement?.closest("a[href], button")) return false;
      const row = selectedRow();
      if (!row) return false;
      window.location.assign(linkOf(row).href);
    },
    "/": () => {
      if (!search) return false;
      search.focus();
      search.select();
    },
    "?": () => {
      if (!dialog) return false;
      dialog.open();
    },
  });
}
