// Live lint for the analysis form: posts the form as typed to the lint handler and places each finding beside its
// input, with the suggested rewrite one click away. Without this script the page still works: findings are rendered
// by the server after each save.
(function () {
  'use strict';
  var form = document.getElementById('analysis-form');
  if (!form || !window.fetch) { return; }
  var url = form.getAttribute('data-lint-url');
  var timer = null;
  var seq = 0;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text != null) { e.textContent = text; }
    return e;
  }

  function container(inputId) {
    var list = document.querySelectorAll('.findings');
    for (var i = 0; i < list.length; i++) {
      if (list[i].getAttribute('data-for') === (inputId || '')) { return list[i]; }
    }
    return null;
  }

  function findingNode(f) {
    var d = el('div', 'finding sev-' + f.severity);
    d.setAttribute('data-rule', f.rule);
    d.appendChild(el('span', 'sev', f.severity));
    d.appendChild(document.createTextNode(' ' + f.message));
    if (f.suggestion) { d.appendChild(el('span', 'suggestion', f.suggestion)); }
    if (f.rewrite && f.input) {
      d.appendChild(el('span', 'rewrite-text', 'Suggested rewrite: ' + f.rewrite));
      var b = el('button', 'rewrite', 'Use the suggested rewrite');
      b.type = 'button';
      b.setAttribute('data-input', f.input);
      b.setAttribute('data-text', f.rewrite);
      d.appendChild(b);
    }
    return d;
  }

  function render(result) {
    var all = document.querySelectorAll('.findings');
    for (var i = 0; i < all.length; i++) { all[i].textContent = ''; }
    var marked = form.querySelectorAll('[aria-invalid]');
    for (var k = 0; k < marked.length; k++) { marked[k].removeAttribute('aria-invalid'); }
    result.findings.forEach(function (f) {
      var box = container(f.input) || container('');
      if (box) { box.appendChild(findingNode(f)); }
      var input = f.input && document.getElementById(f.input);
      if (input && f.severity === 'Error') { input.setAttribute('aria-invalid', 'true'); }
    });
    var checklist = document.getElementById('checklist');
    if (checklist) {
      checklist.textContent = '';
      result.checklist.forEach(function (c) {
        var li = el('li');
        li.appendChild(el('span', 'st st-' + c.status, c.status));
        li.appendChild(document.createTextNode(' ' + c.number + '. ' + c.title + ' '));
        li.appendChild(el('small', null, c.reason));
        checklist.appendChild(li);
      });
    }
    var warnings = result.findings.length - result.errors;
    var summary = document.getElementById('lint-summary');
    if (summary) {
      summary.textContent = result.errors + ' error' + (result.errors === 1 ? '' : 's') + ', ' + warnings + ' warning' + (warnings === 1 ? '' : 's');
    }
    var approve = document.getElementById('approve');
    var reason = document.getElementById('approve-reason');
    if (approve) { approve.disabled = result.errors > 0; }
    if (reason) {
      reason.textContent = result.errors > 0
        ? 'Approval is blocked: ' + result.errors + ' error' + (result.errors === 1 ? '' : 's') + ' from the method\'s rules remain — fix the highlighted fields.'
        : '';
    }
    form.setAttribute('data-linted', String(seq));
  }

  function lint() {
    var mine = ++seq;
    fetch(url, { method: 'POST', body: new FormData(form), credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (result) { if (result && mine === seq) { render(result); } })
      .catch(function () { /* the server-rendered findings stay; saving still lints */ });
  }

  function schedule() {
    clearTimeout(timer);
    form.removeAttribute('data-linted');
    timer = setTimeout(lint, 350);
  }

  form.addEventListener('input', schedule);
  form.addEventListener('change', schedule);
  document.addEventListener('click', function (e) {
    var b = e.target.closest ? e.target.closest('button.rewrite') : null;
    if (!b) { return; }
    var input = document.getElementById(b.getAttribute('data-input'));
    if (!input) { return; }
    input.value = b.getAttribute('data-text');
    input.focus();
    schedule();
  });
  var hidden = document.querySelectorAll('button.rewrite[hidden]');
  for (var i = 0; i < hidden.length; i++) { hidden[i].hidden = false; }
  lint();
})();
