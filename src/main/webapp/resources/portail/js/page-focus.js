// Where the keyboard's focus starts on a page a form has just reloaded (a save, a refusal), instead of the top of the
// page where a screen reader would start again from the menu: on the page's error message, else on the first field
// refused, else on the confirmation. Nothing is moved when the page already gave the focus somewhere (p:focus, the
// ?focus= of focus-after.js) or the person has moved it.
window.addEventListener('load', function () {
    window.setTimeout(function () {
        var active = document.activeElement;
        if (active && active !== document.body) {
            return;
        }
        var target = shown('.ui-messages-error')
            || fieldOf(shown('.ui-message-error'))
            || shown('[aria-invalid="true"]:is(input, select, textarea), input.ui-state-error, textarea.ui-state-error')
            || shown('.ui-messages-info, .ui-messages-warn');
        if (!target) {
            return;
        }
        if (!target.matches('input, select, textarea, .ql-editor')) {
            target = target.closest('.ui-messages') || target;
            target.setAttribute('tabindex', '-1');
        }
        target.focus();
    }, 0);

    // The field a message beside it speaks of: the first one typed in of its .field block.
    function fieldOf(message) {
        var block = message && (message.closest('.field') || message.parentElement);
        return block && block.querySelector('input:not([type="hidden"]), select, textarea, .ql-editor');
    }

    function shown(selector) {
        return Array.prototype.find.call(document.querySelectorAll(selector), function (element) {
            return element.offsetParent !== null;
        });
    }
});

// A field the page gives the focus to (p:focus on « Modifier », a refused field) has its caret after its text, to go on
// typing; once the person has clicked or typed, the caret is where they put it.
(function () {
    var touched = false;
    ['pointerdown', 'keydown'].forEach(function (type) {
        document.addEventListener(type, function () { touched = true; }, true);
    });
    document.addEventListener('focusin', function (event) {
        var field = event.target;
        if (!touched && ((field.tagName === 'INPUT' && field.type === 'text') || field.tagName === 'TEXTAREA')) {
            window.setTimeout(function () { field.setSelectionRange(field.value.length, field.value.length); }, 0);
        }
    }, true);
})();
