// Single-key shortcuts for a page, and the dialog that lists them.
// A page registers its keys with `shortcuts({key: handler})`; keys typed into a field, or pressed
// with Ctrl, Alt or Meta (the browser's and the system's own shortcuts), are left alone.

/** Whether the key goes to something the person is typing in (or to an open dialog's controls). */
export function typing(target) {
  if (!(target instanceof Element)) return false;
  if (target.isContentEditable) return true;
  const field = target.closest("input, textarea, select");
  if (!field) return false;
  // A checkbox or a button-like input takes no text: shortcuts still apply there.
  return !(field instanceof HTMLInputElement) || !["checkbox", "radio", "button", "submit", "reset"].includes(field.type);
}

/** Listens for the keys of ``handlers`` ({"j": (event) => ..., "?": ...}) on the document.
 *  A handler that returns false lets the key do what it would have done. */
export function shortcuts(handlers) {
  document.addEventListener("keydown", (event) => {
    if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || event.isComposing) return;
    if (typing(event.target) || document.querySelector("dialog[open]")) return;
    const handler = Object.hasOwn(handlers, event.key) ? handlers[event.key] : null;
    if (handler && handler(event) !== false) event.preventDefault();
  });
}

const FOCUSABLE = "a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), "
  + "textarea:not([disabled]), [tabindex]:not([tabindex='-1'])";

/** A modal <dialog> that lists the shortcuts: focus moves into it and stays there (Tab and Shift+Tab
 *  go round its controls), Escape or its close button close it, and focus returns to where it was. */
export function shortcutsDialog(dialog) {
  let returnTo = null;
  dialog.addEventListener("keydown", (event) => {
    if (event.key !== "Tab") return;
    const controls = [...dialog.querySelectorAll(FOCUSABLE)].filter((el) => el.offsetParent !== null);
    if (!controls.length) return;
    const first = controls[0];
    const last = controls[controls.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  });
  // Escape closes a modal dialog natively ("cancel", then "close"); so does the close button.
  dialog.querySelectorAll("[data-shortcuts-close]").forEach((button) => {
    button.addEventListener("click", () => dialog.close());
  });
  dialog.addEventListener("close", () => {
    if (returnTo && returnTo.isConnected) returnTo.focus();
    returnTo = null;
  });
  return {
    open() {
      if (dialog.open) return;
      returnTo = document.activeElement;
      dialog.showModal();
      dialog.querySelector("[data-shortcuts-close]")?.focus();
    },
  };
}
