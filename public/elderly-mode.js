// 长辈模式. Without JS the toggle is a link to the page's twin under /elderly/, where the mode stays on
// through every link. With JS the choice is also remembered in localStorage, so it holds on pages
// reached from outside the twin tree (search results, bookmarks), and the toggle works in place.
// A classic script first in <body> (after the CSP meta tag at the end of <head>): the class is set
// before any of the page is parsed, so before the first paint. Plain JS, served as written.
(function () {
  var root = document.documentElement;
  // Scripts run: the stylesheet reserves from the first paint the space that later scripts fill in
  // (search results, the submit form), so nothing below them jumps (layout shift).
  root.classList.add('js');
  // One key per site (src/layouts/Base.astro sets the id): two sites on one origin keep their own choice.
  var KEY = 'plan-tracker:' + (root.getAttribute('data-site-id') || '/') + ':elderly-mode';
  var twinPage = root.hasAttribute('data-elderly-page');
  function store(on) {
    try { localStorage.setItem(KEY, on ? '1' : '0'); } catch (e) { /* private mode: this page only */ }
  }
  function stored() {
    try { return localStorage.getItem(KEY) === '1'; } catch (e) { return false; }
  }
  if (twinPage || new URLSearchParams(location.search).get('mode') === 'elderly') store(true);
  root.classList.toggle('elderly', twinPage || stored());
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('a[data-elderly-link]').forEach(function (link) {
      if (twinPage) {
        // Leaving the twin tree for the normal page: forget the choice.
        link.addEventListener('click', function () { store(false); });
        return;
      }
      var label = function () { link.textContent = root.classList.contains('elderly') ? '退出长辈模式' : '长辈模式'; };
      label();
      link.addEventListener('click', function (event) {
        event.preventDefault();
        var on = !root.classList.contains('elderly');
        store(on);
        root.classList.toggle('elderly', on);
        label();
      });
    });
  });
})();
