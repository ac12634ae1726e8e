/*
 * A wide table scrolls sideways inside its .table-wrap. A keyboard user can only scroll what can take the focus, so a
 * wrapper whose table is wider than the screen becomes a focusable region (tabindex 0, named by the heading of its
 * section or of the page); when the table fits again it is no tab stop any more. Checked on load and on resize.
 */
(function () {
    'use strict';

    function heading(wrap) {
        var section = wrap.closest('section');
        var h = (section && section.querySelector('h2, h3')) || document.querySelector('main h1');
        return h ? h.textContent.trim() : '';
    }

    function update() {
        document.querySelectorAll('.table-wrap').forEach(function (wrap) {
            if (wrap.scrollWidth > wrap.clientWidth + 1) {
                wrap.setAttribute('tabindex', '0');
                wrap.setAttribute('role', 'region');
                if (!wrap.hasAttribute('aria-label')) {
                    wrap.setAttribute('aria-label', heading(wrap));
                }
            } else if (wrap.getAttribute('tabindex') === '0') {
                wrap.removeAttribute('tabindex');
                wrap.removeAttribute('role');
            }
        });
    }

    var pending = null;
    window.addEventListener('resize', function () {
        clearTimeout(pending);
        pending = setTimeout(update, 100);
    });
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', update);
    } else {
        update();
    }
})();
