// oncall-tui serve: runs before textual.js (textual-serve's terminal page script).
//
// 1. The terminal's text as page text. textual.js draws the terminal on a canvas and keeps its
//    xterm.js Terminal to itself; xterm.js's screen-reader mode adds a row-by-row text copy of the
//    screen (.xterm-accessibility-tree) that screen readers, and the tests, can read. To switch it
//    on, the Terminal is caught as textual.js stores it (`this.terminal = new Terminal(...)`, the
//    only such assignment in it) by a setter that removes itself at once.
// 2. A wall screen must come back by itself: when the session ends (the server restarted, the
//    app quit), the page reloads after a countdown.
(function () {
  "use strict";

  var NAME = "terminal";
  function untrap() {
    var own = Object.getOwnPropertyDescriptor(Object.prototype, NAME);
    if (own && own.set === catchTerminal) {
      delete Object.prototype[NAME];
    }
  }
  function catchTerminal(value) {
    untrap();
    Object.defineProperty(this, NAME, { value: value, writable: true, configurable: true, enumerable: true });
    if (value && value.options) {
      try {
        value.options.screenReaderMode = true;
      } catch (error) {
        console.warn("oncall-tui: no screen-reader mode", error);
      }
    }
  }
  Object.defineProperty(Object.prototype, NAME, { set: catchTerminal, configurable: true });

  var RECONNECT_SECONDS = 15;
  function watchForEnd() {
    var started = false;
    function countDown() {
      if (started) {
        return;
      }
      started = true;
      var left = RECONNECT_SECONDS;
      var shown = document.getElementById("countdown");
      var timer = setInterval(function () {
        left -= 1;
        if (shown) {
          shown.textContent = String(Math.max(left, 0));
        }
        if (left <= 0) {
          clearInterval(timer);
          window.location.reload();
        }
      }, 1000);
    }
    new MutationObserver(function () {
      if (document.body.classList.contains("-closed")) {
        countDown();
      }
    }).observe(document.body, { attributes: true, attributeFilter: ["class"] });
    document.getElementById("reconnect").addEventListener("click", function () {
      window.location.reload();
    });
    document.getElementById("start").addEventListener("click", function () {
      var url = new URL(window.location.href);
      url.searchParams.delete("delay");
      window.location.href = url.pathname + url.search;
    });
  }

  // Registered before textual.js sets window.onload, so this runs first; the trap goes right after.
  window.addEventListener("load", function () {
    watchForEnd();
    setTimeout(untrap, 0);
  });
})();
