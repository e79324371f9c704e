// Filters the findings by severity, document, statement kind and rule. Written for file:// pages:
// no modules, no fetch. The starting filter can be given in the address
// (#severity=error&document=acme&kind=income&rule=IS.gross-profit) to share a view.
(function () {
  'use strict';
  var filters = {
    severity: document.getElementById('filter-severity'),
    document: document.getElementById('filter-document'),
    kind: document.getElementById('filter-kind'),
    rule: document.getElementById('filter-rule')
  };
  var count = document.getElementById('filter-count');
  var findings = Array.prototype.slice.call(document.querySelectorAll('article.finding'));
  var sections = Array.prototype.slice.call(document.querySelectorAll('section.statement'));
  var passed = Array.prototype.slice.call(document.querySelectorAll('details.passed-tables'));

  function wanted(name, element) {
    var value = filters[name].value;
    return !value || element.getAttribute('data-' + name) === value;
  }

  function apply() {
    var shown = 0;
    findings.forEach(function (finding) {
      var visible = wanted('severity', finding) && wanted('document', finding) && wanted('kind', finding) && wanted('rule', finding);
      finding.hidden = !visible;
      if (visible) { shown++; }
    });
    var byFinding = filters.severity.value || filters.rule.value;
    sections.forEach(function (section) {
      var elsewhere = !wanted('document', section) || !wanted('kind', section);
      var nothingShown = byFinding && !section.querySelector('article.finding:not([hidden])');
      section.hidden = Boolean(elsewhere || nothingShown);
    });
    passed.forEach(function (fold) {
      var kinds = Array.prototype.slice.call(fold.querySelectorAll('li[data-kind]'));
      kinds.forEach(function (item) { item.hidden = !wanted('kind', item); });
      fold.hidden = Boolean(!wanted('document', fold) || byFinding || kinds.every(function (item) { return item.hidden; }));
    });
    count.textContent = shown + ' of ' + findings.length + ' findings shown';
  }

  var start = new URLSearchParams(window.location.hash.slice(1));
  Object.keys(filters).forEach(function (name) {
    if (start.has(name)) { filters[name].value = start.get(name); }
    filters[name].addEventListener('change', apply);
  });
  apply();
  document.body.setAttribute('data-filters', 'ready');
})();
