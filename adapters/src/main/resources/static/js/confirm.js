/*
 * Asks before an irreversible action. A form with a data-confirm attribute is not posted at once: the confirmation
 * dialog of the layout (#confirm-dialog, a modal <dialog>) shows the attribute's text, which names what will happen,
 * with a confirm and a cancel button. Confirming posts the form as it would have been posted (same submit button);
 * cancelling, the Escape key or closing the dialog posts nothing. Without <dialog> support the browser's own
 * confirm() asks instead. Keyboard: the dialog takes the focus (on the cancel button), Tab moves between the buttons,
 * Enter or Space presses one, Escape cancels; the focus returns to the button that asked.
 */
(function () {
    'use strict';

    var pending = null;

    function dialog() {
        return document.getElementById('confirm-dialog');
    }

    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-confirm')) {
            return;
        }
        if (form.getAttribute('data-confirmed') === 'true') {
            form.removeAttribute('data-confirmed');
            return;
        }
        var message = form.getAttribute('data-confirm');
        var box = dialog();
        if (!box || typeof box.showModal !== 'function') {
            if (!window.confirm(message)) {
                event.preventDefault();
            }
            return;
        }
        event.preventDefault();
        pending = {form: form, submitter: event.submitter || null};
        box.querySelector('#confirm-message').textContent = message;
        box.returnValue = '';
        box.showModal();
        box.querySelector('#confirm-cancel').focus();
    }, true);

    document.addEventListener('DOMContentLoaded', function () {
        var box = dialog();
        if (!box) {
            return;
        }
        box.addEventListener('close', function () {
            var asked = pending;
            pending = null;
            if (!asked) {
                return;
            }
            if (box.returnValue === 'confirm') {
                asked.form.setAttribute('data-confirmed', 'true');
                if (typeof asked.form.requestSubmit === 'function') {
                    asked.form.requestSubmit(asked.submitter);
                } else {
                    asked.form.submit();
                }
            } else if (asked.submitter) {
                asked.submitter.focus();
            }
        });
    });
})();
