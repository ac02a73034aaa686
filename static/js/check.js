/* The wording check shared by the composer and the candidate's hint:
   POSTs the text to the check endpoint with the page's CSRF token and
   resolves to its findings. */
(function () {
  "use strict";
  var tokenMeta = document.querySelector('meta[name="csrf-token"]');
  var CSRF = tokenMeta ? tokenMeta.getAttribute("content") : "";

  window.CandorCheck = {
    findings: function (url, text) {
      return fetch(url, {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", "Accept": "application/json", "X-CSRFToken": CSRF },
        body: JSON.stringify({ text: text })
      }).then(function (response) {
        if (!response.ok) throw new Error("check failed: " + response.status);
        return response.json();
      }).then(function (data) {
        return data.findings || [];
      });
    }
  };
})();
