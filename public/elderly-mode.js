// 长辈模式 toggle, remembered across pages in localStorage. A classic script in <head>, so the class
// is set before the page is painted and nothing jumps. Plain JS: it is served as written.
(function () {
  var KEY = 'tianmen-elderly-mode';
  var root = document.documentElement;
  function read() {
    try {
      if (new URLSearchParams(location.search).get('mode') === 'elderly') localStorage.setItem(KEY, '1');
      return localStorage.getItem(KEY) === '1';
    } catch (e) {
      return false;
    }
  }
  function apply(on) {
    root.classList.toggle('elderly', on);
    document.querySelectorAll('[data-elderly-toggle]').forEach(function (b) {
      b.setAttribute('aria-pressed', String(on));
    });
  }
  apply(read());
  document.addEventListener('DOMContentLoaded', function () {
    apply(read());
    document.querySelectorAll('[data-elderly-toggle]').forEach(function (b) {
      b.hidden = false;
      b.addEventListener('click', function () {
        var on = !root.classList.contains('elderly');
        try { localStorage.setItem(KEY, on ? '1' : '0'); } catch (e) { /* private mode: this page only */ }
        apply(on);
      });
    });
  });
})();
