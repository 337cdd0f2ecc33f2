// "This factor was also found in": as the author types a contributing factor (or changes its category), asks the
// insights API for factors of other post-mortems that say the same thing and lists them with links. Debounced; an
// answer that arrives after a newer question is dropped. Without this script the server renders the same list on
// each page load and save.
(function () {
  'use strict';
  var form = document.getElementById('analysis-form');
  if (!form || !window.fetch || !window.URLSearchParams) { return; }
  var url = form.getAttribute('data-matches-url');
  var except = form.getAttribute('data-postmortem-id') || '';
  var boxes = form.querySelectorAll('.also-found');

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text != null) { e.textContent = text; }
    return e;
  }

  function render(box, matches) {
    box.textContent = '';
    box.hidden = !matches.length;
    if (!matches.length) { return; }
    box.appendChild(el('p', null, 'This factor was also found in:'));
    var list = el('ul');
    matches.forEach(function (m) {
      var li = el('li');
      var a = el('a', null, m.title);
      a.href = '/postmortems/' + encodeURIComponent(m.postMortemId) + '/report';
      li.appendChild(a);
      if (m.isNearMiss) {
        li.appendChild(document.createTextNode(' '));
        li.appendChild(el('span', 'badge', 'Near miss'));
      }
      li.appendChild(document.createTextNode(' '));
      li.appendChild(el('small', null, '\u201c' + m.description + '\u201d'));
      list.appendChild(li);
    });
    box.appendChild(list);
  }

  Array.prototype.forEach.call(boxes, function (box) {
    var text = document.getElementById(box.getAttribute('data-text-input'));
    var category = document.getElementById(box.getAttribute('data-category-input'));
    if (!text || !category) { return; }
    var timer = null;
    var seq = 0;

    function ask() {
      var mine = ++seq;
      if (!text.value.trim()) { render(box, []); return; }
      var query = new URLSearchParams({ text: text.value.slice(0, 2000), category: category.value, except: except });
      fetch(url + '?' + query.toString(), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (result) { if (result && mine === seq) { render(box, result.matches); } })
        .catch(function () { /* the hint is a help, never a blocker */ });
    }

    function later() {
      clearTimeout(timer);
      timer = setTimeout(ask, 400);
    }

    text.addEventListener('input', later);
    category.addEventListener('change', ask);
  });
})();
