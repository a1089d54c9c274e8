// The report's filter. Its state lives in the URL fragment, e.g.
// #severity=CRITICAL,HIGH&status=failing&type=COLUMN&q=orders (a parameter left out means "any"),
// so a filtered view can be bookmarked or linked, and opened as such by a headless browser in tests.
(function () {
  'use strict';
  var form = document.getElementById('filters');
  if (!form) {
    return;
  }
  var rows = Array.prototype.slice.call(document.querySelectorAll('article.diff'));
  var shown = document.getElementById('shown');
  var noMatch = document.getElementById('no-match');
  var typeSelect = document.getElementById('filter-type');
  var query = document.getElementById('filter-q');

  function boxes(name) {
    return Array.prototype.slice.call(form.querySelectorAll('input[type=checkbox][name=' + name + ']'));
  }

  function checkedValues(name) {
    return boxes(name).filter(function (box) { return box.checked; }).map(function (box) { return box.value; });
  }

  function current() {
    return {
      severity: checkedValues('severity'),
      status: checkedValues('status'),
      type: typeSelect.value,
      q: query.value.trim()
    };
  }

  function apply(state) {
    var q = state.q.toLowerCase();
    var count = 0;
    rows.forEach(function (row) {
      var visible = state.severity.indexOf(row.getAttribute('data-severity')) >= 0
        && state.status.indexOf(row.getAttribute('data-status')) >= 0
        && (!state.type || row.getAttribute('data-type') === state.type)
        && (!q || row.getAttribute('data-path').toLowerCase().indexOf(q) >= 0);
      row.hidden = !visible;
      if (visible) {
        count++;
      }
    });
    shown.textContent = String(count);
    noMatch.hidden = count !== 0;
  }

  function toFragment(state) {
    var parts = [];
    ['severity', 'status'].forEach(function (name) {
      if (state[name].length !== boxes(name).length) {
        parts.push(name + '=' + state[name].map(encodeURIComponent).join(','));
      }
    });
    if (state.type) {
      parts.push('type=' + encodeURIComponent(state.type));
    }
    if (state.q) {
      parts.push('q=' + encodeURIComponent(state.q));
    }
    return parts.join('&');
  }

  function fromFragment() {
    var params = {};
    location.hash.replace(/^#/, '').split('&').forEach(function (pair) {
      var at = pair.indexOf('=');
      if (at > 0) {
        try {
          params[pair.slice(0, at)] = decodeURIComponent(pair.slice(at + 1).replace(/\+/g, ' '));
        } catch (malformed) {
          // A hand-edited fragment with a stray % is ignored rather than breaking the page.
        }
      }
    });
    ['severity', 'status'].forEach(function (name) {
      var wanted = name in params ? params[name].split(',') : null;
      boxes(name).forEach(function (box) {
        box.checked = wanted === null || wanted.indexOf(box.value) >= 0;
      });
    });
    var type = params.type || '';
    typeSelect.value = Array.prototype.some.call(typeSelect.options, function (o) { return o.value === type; })
      ? type : '';
    query.value = params.q || '';
    apply(current());
  }

  function changed() {
    var state = current();
    apply(state);
    var fragment = toFragment(state);
    if (fragment !== location.hash.replace(/^#/, '')) {
      // replaceState: filtering should not fill the back button's history, nor fire hashchange.
      history.replaceState(null, '', fragment ? '#' + fragment : location.pathname + location.search);
    }
  }

  form.addEventListener('input', changed);
  form.addEventListener('change', changed);
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  form.addEventListener('reset', function () { setTimeout(changed, 0); });
  window.addEventListener('hashchange', fromFragment);

  // A severity card in the summary shows only that severity.
  Array.prototype.forEach.call(document.querySelectorAll('.count-card:not(.zero)'), function (card) {
    card.classList.add('clickable');
    card.title = 'Show only ' + card.getAttribute('data-severity') + ' differences';
    card.addEventListener('click', function () {
      boxes('severity').forEach(function (box) { box.checked = box.value === card.getAttribute('data-severity'); });
      changed();
    });
  });

  form.hidden = false;
  fromFragment();
})();
