// Applies saved reading preferences before the page paints. Runs from the site itself (CSP 'self').
(function () {
  try {
    var key = document.currentScript && document.currentScript.getAttribute('data-key');
    var prefs = JSON.parse(localStorage.getItem(key) || '{}');
    for (var name in prefs) {
      document.documentElement.setAttribute('data-' + name, String(prefs[name]));
    }
  } catch {
    /* no saved preferences, or storage blocked */
  }
})();
