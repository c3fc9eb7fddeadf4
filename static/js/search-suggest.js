/*
 * Search suggestions as you type: progressive enhancement of the plain search
 * box into an ARIA 1.2 combobox with a listbox popup
 * (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/examples/combobox-autocomplete-list/).
 * Focus stays in the text box; arrow keys move through the suggestions,
 * Enter opens the chosen page, Escape closes the list. Without JavaScript the
 * form simply submits to the search page.
 */
(function () {
    "use strict";

    var DELAY_MS = 150;
    var MIN_LENGTH = 2;

    function enhance(wrapper) {
        var input = wrapper.querySelector("input");
        var url = wrapper.getAttribute("data-suggest-url");
        if (!input || !url || !window.fetch) {
            return;
        }
        var listId = input.id + "-suggestions";
        var list = document.createElement("ul");
        list.id = listId;
        list.className = "suggest__list";
        list.setAttribute("role", "listbox");
        list.setAttribute("aria-label", "Suggestions");
        list.hidden = true;
        var status = document.createElement("div");
        status.className = "visually-hidden";
        status.setAttribute("role", "status");
        wrapper.appendChild(list);
        wrapper.appendChild(status);

        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-controls", listId);

        var options = [];
        var active = -1;
        var timer = null;
        var latest = 0;

        function close() {
            list.hidden = true;
            input.setAttribute("aria-expanded", "false");
            input.removeAttribute("aria-activedescendant");
            active = -1;
        }

        function choose(index) {
            active = index;
            options.forEach(function (option, i) {
                option.element.setAttribute(
                    "aria-selected",
                    i === index ? "true" : "false"
                );
            });
            if (index >= 0) {
                input.setAttribute(
                    "aria-activedescendant",
                    options[index].element.id
                );
                options[index].element.scrollIntoView({ block: "nearest" });
            } else {
                input.removeAttribute("aria-activedescendant");
            }
        }

        function show(suggestions) {
            list.textContent = "";
            options = suggestions.map(function (suggestion, i) {
                var item = document.createElement("li");
                item.id = listId + "-" + i;
                item.className = "suggest__option";
                item.setAttribute("role", "option");
                item.setAttribute("aria-selected", "false");
                var label = document.createElement("span");
                label.className = "suggest__label";
                label.textContent = suggestion.label;
                item.appendChild(label);
                if (
                    suggestion.title &&
                    suggestion.title.toLowerCase() !==
                        suggestion.label.toLowerCase()
                ) {
                    var target = document.createElement("span");
                    target.className = "suggest__target";
                    target.textContent = suggestion.title;
                    item.appendChild(target);
                }
                var type = document.createElement("span");
                type.className = "suggest__type";
                type.textContent = suggestion.type;
                item.appendChild(type);
                item.addEventListener("mousedown", function (event) {
                    event.preventDefault();
                    window.location.href = suggestion.url;
                });
                list.appendChild(item);
                return { element: item, url: suggestion.url };
            });
            active = -1;
            if (options.length) {
                list.hidden = false;
                input.setAttribute("aria-expanded", "true");
                status.textContent =
                    options.length +
                    (options.length === 1 ? " suggestion" : " suggestions") +
                    ": use up and down arrows to choose.";
            } else {
                close();
                status.textContent = "";
            }
        }

        function fetchSuggestions() {
            var query = input.value.trim();
            if (query.length < MIN_LENGTH) {
                show([]);
                return;
            }
            var request = ++latest;
            fetch(url + "?q=" + encodeURIComponent(query), {
                headers: { Accept: "application/json" },
            })
                .then(function (response) {
                    return response.ok ? response.json() : { suggestions: [] };
                })
                .then(function (data) {
                    if (request === latest) {
                        show(data.suggestions || []);
                    }
                })
                .catch(function () {
                    show([]);
                });
        }

        input.addEventListener("input", function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(fetchSuggestions, DELAY_MS);
        });

        input.addEventListener("keydown", function (event) {
            if (event.key === "ArrowDown") {
                if (list.hidden) {
                    fetchSuggestions();
                } else if (options.length) {
                    choose((active + 1) % options.length);
                }
                event.preventDefault();
            } else if (
                event.key === "ArrowUp" &&
                !list.hidden &&
                options.length
            ) {
                choose(active <= 0 ? options.length - 1 : active - 1);
                event.preventDefault();
            } else if (event.key === "Enter" && !list.hidden && active >= 0) {
                event.preventDefault();
                window.location.href = options[active].url;
            } else if (event.key === "Escape" && !list.hidden) {
                event.preventDefault();
                close();
            }
        });

        input.addEventListener("blur", close);
    }

    Array.prototype.forEach.call(
        document.querySelectorAll(".suggest"),
        enhance
    );
})();
