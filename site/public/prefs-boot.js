// Applies saved reading preferences before the page paints. Runs from the site itself (CSP 'self').
(function () {
  // Narrow screens fold the header behind "Menu" (scripts/header-menu.ts); marking the page now lets
  // CSS draw it folded from the first paint, instead of the page jumping up when the script runs.
  document.documentElement.classList.add('attune-menu-pending');
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
