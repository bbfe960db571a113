// A moved page's redirect (src/site/published-urls.ts redirectPage): its meta refresh would drop the old
// address's anchor (/plan/#task-12, as citations link to a paragraph), so with JavaScript the anchor goes along.
(function () {
  var link = document.querySelector('link[rel="canonical"]');
  if (link && location.hash) location.replace(link.href + location.hash);
})();
