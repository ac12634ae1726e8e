/*
 * The enterprise picker: a combobox (WAI-ARIA 1.2 "combobox with listbox popup") that searches the enterprises within
 * the user's data scope by part of their name or credit code and puts the one chosen into a hidden field of the form.
 * Plain JavaScript, no framework. Keys: type to search, Down/Up to move through the list, Enter to choose, Escape to
 * close. Mark-up (see the report and account forms):
 *   <div class="picker" data-picker-url="…/choices" data-picker-value="creditCode|id" data-picker-lookup="…/">
 *     <input role="combobox" aria-controls="L" …> <input type="hidden" class="picker-value" …>
 *     <ul id="L" role="listbox" hidden></ul> <p class="picker-status" role="status"></p>
 *   </div>
 * The texts it says (found, none found, chosen) come from the data-picker-* attributes the page renders.
 */
(function () {
    'use strict';

    function init(root) {
        var input = root.querySelector('[role="combobox"]');
        var hidden = root.querySelector('.picker-value');
        var list = root.querySelector('[role="listbox"]');
        var status = root.querySelector('.picker-status');
        var url = root.getAttribute('data-picker-url');
        var valueField = root.getAttribute('data-picker-value') || 'id';
        var texts = {
            found: root.getAttribute('data-picker-found') || '{0}',
            none: root.getAttribute('data-picker-none') || '',
            picked: root.getAttribute('data-picker-picked') || '{0}'
        };
        var options = [];
        var active = -1;
        var timer = null;
        var latest = 0;
        var pickedText = hidden.value ? input.value : null;

        function say(text) {
            if (status) {
                status.textContent = text;
            }
        }

        function close() {
            list.hidden = true;
            input.setAttribute('aria-expanded', 'false');
            input.removeAttribute('aria-activedescendant');
            active = -1;
        }

        function highlight(index) {
            var items = list.querySelectorAll('[role="option"]');
            if (!items.length) {
                return;
            }
            active = (index + items.length) % items.length;
            for (var i = 0; i < items.length; i++) {
                items[i].setAttribute('aria-selected', i === active ? 'true' : 'false');
                items[i].classList.toggle('active', i === active);
            }
            input.setAttribute('aria-activedescendant', items[active].id);
            items[active].scrollIntoView({block: 'nearest'});
        }

        function choose(index) {
            var item = options[index];
            if (!item) {
                return;
            }
            hidden.value = item[valueField];
            input.value = item.name;
            pickedText = item.name;
            close();
            say(texts.picked.replace('{0}', item.name + ' ' + item.creditCode));
            hidden.dispatchEvent(new Event('change', {bubbles: true}));
        }

        function render(items) {
            options = items;
            list.textContent = '';
            items.forEach(function (item, index) {
                var option = document.createElement('li');
                option.id = list.id + '-' + index;
                option.setAttribute('role', 'option');
                option.setAttribute('aria-selected', 'false');
                option.className = 'picker-option';
                var name = document.createElement('span');
                name.className = 'picker-name';
                name.textContent = item.name;
                var code = document.createElement('span');
                code.className = 'picker-code';
                code.textContent = item.creditCode;
                option.appendChild(name);
                option.appendChild(code);
                option.addEventListener('mousedown', function (event) {
                    event.preventDefault();
                    choose(index);
                });
                list.appendChild(option);
            });
            if (items.length) {
                list.hidden = false;
                input.setAttribute('aria-expanded', 'true');
                active = -1;
                say(texts.found.replace('{0}', String(items.length)));
            } else {
                close();
                say(input.value.trim() ? texts.none : '');
            }
        }

        function search() {
            var text = input.value.trim();
            var mine = ++latest;
            if (!text) {
                render([]);
                return;
            }
            fetch(url + '?q=' + encodeURIComponent(text), {
                credentials: 'same-origin',
                headers: {'Accept': 'application/json'}
            }).then(function (response) {
                return response.ok ? response.json() : [];
            }).then(function (items) {
                if (mine === latest) {
                    render(items);
                }
            }).catch(function () {
                if (mine === latest) {
                    render([]);
                }
            });
        }

        input.addEventListener('input', function () {
            if (input.value !== pickedText) {
                hidden.value = '';
                pickedText = null;
            }
            clearTimeout(timer);
            timer = setTimeout(search, 200);
        });
        input.addEventListener('keydown', function (event) {
            if (event.key === 'ArrowDown') {
                event.preventDefault();
                if (list.hidden) {
                    search();
                } else {
                    highlight(active + 1);
                }
            } else if (event.key === 'ArrowUp') {
                if (!list.hidden) {
                    event.preventDefault();
                    highlight(active - 1);
                }
            } else if (event.key === 'Enter') {
                if (!list.hidden && active >= 0) {
                    event.preventDefault();
                    choose(active);
                }
            } else if (event.key === 'Escape') {
                if (!list.hidden) {
                    event.preventDefault();
                    close();
                }
            }
        });
        input.addEventListener('blur', function () {
            setTimeout(close, 150);
        });

        // an enterprise already chosen by id (an account being edited): show its name
        var lookup = root.getAttribute('data-picker-lookup');
        if (lookup && hidden.value && !input.value) {
            fetch(lookup + encodeURIComponent(hidden.value), {
                credentials: 'same-origin',
                headers: {'Accept': 'application/json'}
            }).then(function (response) {
                return response.ok ? response.json() : null;
            }).then(function (enterprise) {
                if (enterprise && !input.value) {
                    input.value = enterprise.name;
                    pickedText = enterprise.name;
                }
            }).catch(function () { });
        }
    }

    function start() {
        var pickers = document.querySelectorAll('[data-picker-url]');
        for (var i = 0; i < pickers.length; i++) {
            init(pickers[i]);
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
