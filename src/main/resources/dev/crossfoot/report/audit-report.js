// Filters the findings by severity and statement. Written for file:// pages: no modules, no fetch.
// The starting filter can be given in the address (#severity=error&statement=doc/table) to share a view.
(function () {
  'use strict';
  var severity = document.getElementById('filter-severity');
  var statement = document.getElementById('filter-statement');
  var count = document.getElementById('filter-count');
  var findings = Array.prototype.slice.call(document.querySelectorAll('article.finding'));
  var sections = Array.prototype.slice.call(document.querySelectorAll('section.statement'));

  function apply() {
    var wantedSeverity = severity.value;
    var wantedStatement = statement.value;
    var shown = 0;
    findings.forEach(function (finding) {
      var visible = (!wantedSeverity || finding.getAttribute('data-severity') === wantedSeverity)
        && (!wantedStatement || finding.getAttribute('data-statement') === wantedStatement);
      finding.hidden = !visible;
      if (visible) { shown++; }
    });
    sections.forEach(function (section) {
      var otherStatement = wantedStatement && section.getAttribute('data-statement') !== wantedStatement;
      var nothingAtSeverity = wantedSeverity && !section.querySelector('article.finding:not([hidden])');
      section.hidden = Boolean(otherStatement || nothingAtSeverity);
    });
    count.textContent = shown + ' of ' + findings.length + ' findings shown';
  }

  var start = new URLSearchParams(window.location.hash.slice(1));
  if (start.has('severity')) { severity.value = start.get('severity'); }
  if (start.has('statement')) { statement.value = start.get('statement'); }
  severity.addEventListener('change', apply);
  statement.addEventListener('change', apply);
  apply();
  document.body.setAttribute('data-filters', 'ready');
})();
