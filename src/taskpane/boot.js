/*
 * Runs before office.js and the pane's bundle, in plain ES5, so that even an old browser engine
 * can run it (Office 2016/2019 on some Windows versions use Internet Explorer 11 or the old Edge).
 * It says in Swedish what is wrong instead of leaving the window on "Laddar …":
 *  - the engine lacks what the bundle needs (ES2020): a message, and the bundle is told not to start;
 *  - the bundle fails to run (a syntax error in an old engine): the same message;
 *  - nothing has started after 20 seconds (office.js from Office's CDN hangs): a message about that.
 * The pane sets window.__tuStarted when it renders, and removes the message if it was shown.
 * Copied as it is to dist/boot.js (webpack.config.js); not transpiled.
 */
(function () {
  'use strict';
  var MESSAGE_ID = 'tu-boot-message';

  function supported() {
    try {
      return (
        typeof Promise !== 'undefined' &&
        typeof Promise.allSettled === 'function' &&
        typeof String.prototype.matchAll === 'function' &&
        typeof Object.fromEntries === 'function' &&
        typeof Array.prototype.flat === 'function' &&
        typeof globalThis !== 'undefined' &&
        typeof window.fetch === 'function'
      );
    } catch (e) {
      return false;
    }
  }

  function show(title, text) {
    if (document.getElementById(MESSAGE_ID)) return;
    var box = document.createElement('div');
    box.id = MESSAGE_ID;
    box.setAttribute('role', 'alert');
    box.setAttribute('lang', 'sv');
    box.style.padding = '16px';
    box.style.fontFamily = "'Segoe UI', sans-serif";
    box.style.fontSize = '14px';
    box.style.lineHeight = '1.4';
    var h = document.createElement('p');
    h.style.fontWeight = '600';
    h.style.margin = '0 0 8px';
    h.appendChild(document.createTextNode(title));
    var p = document.createElement('p');
    p.style.margin = '0';
    p.appendChild(document.createTextNode(text));
    box.appendChild(h);
    box.appendChild(p);
    var start = document.getElementById('start');
    if (start && start.parentNode) {
      start.parentNode.replaceChild(box, start);
      return;
    }
    // Still in <head> (office.js is a blocking script): show it now, and put it in place of
    // "Laddar …" once the body exists.
    (document.body || document.documentElement).appendChild(box);
    document.addEventListener('DOMContentLoaded', function () {
      var later = document.getElementById('start');
      if (later && later.parentNode) later.parentNode.replaceChild(box, later);
    });
  }

  function unsupported() {
    window.__tuUnsupported = true;
    show(
      'Tillägget kan inte köras i den här versionen av Office.',
      'Tjänsteutlåtande FoU behöver en nyare webbläsarmotor än den som Office använder på den här datorn. ' +
        'Använd Word i Microsoft 365 eller Office 2021 och senare, eller Word på webben. ' +
        'Be IT-supporten om hjälp om du inte kan byta.',
    );
  }

  if (!supported()) {
    unsupported();
    return;
  }

  window.addEventListener('error', function (e) {
    if (window.__tuStarted) return;
    var msg = String((e && e.message) || '');
    if (/syntax/i.test(msg)) unsupported();
  });

  var wait = typeof window.__tuBootTimeout === 'number' ? window.__tuBootTimeout : 20000;
  window.setTimeout(function () {
    if (window.__tuStarted || window.__tuUnsupported) return;
    show(
      'Tillägget har inte startat.',
      'Fönstret har väntat i ' +
        Math.round(wait / 1000) +
        ' sekunder. Det beror oftast på att Office-biblioteket (office.js) inte gick att hämta från Microsoft. ' +
        'Kontrollera nätverksanslutningen, stäng fönstret och öppna tillägget igen.',
    );
  }, wait);
})();
