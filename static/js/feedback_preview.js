// The feedback form's "Preview as the candidate sees it" is a plain round trip to the server, which
// renders the preview with the same message template the candidate gets. composer.js handles every
// other submit (it checks the wording, then sends); this keeps it from turning a preview into a send.
(function () {
  "use strict";
  window.addEventListener("submit", function (event) {
    if (event.submitter && event.submitter.name === "preview") event.stopImmediatePropagation();
  }, true);
})();
