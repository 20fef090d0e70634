// Tab and Shift+Tab leave the rich text editor, as they leave any other field: Quill would otherwise indent or insert a
// tab character, and a keyboard user could not get out (RGAA 12.9). Caught before Quill's own handler, without
// preventing the browser's move to the next field.
document.addEventListener('keydown', function (event) {
    if (event.key === 'Tab' && !event.ctrlKey && !event.altKey && !event.metaKey
            && event.target instanceof Element && event.target.closest('.ql-editor')) {
        event.stopPropagation();
    }
}, true);

// Names, once Quill has drawn the editor (PrimeFaces loads it after the page): PrimeFaces makes the whole editor,
// toolbar included, a nameless text box; the text box is the area one types in, named by the field's label, and the
// editor a group of that name. The link bubble's field is named and shows an example address of ours instead of
// Quill's own site.
window.addEventListener('load', function () {
    document.querySelectorAll('.ui-texteditor[data-link-label]').forEach(function (editor) {
        if (!named(editor)) {
            var drawn = new MutationObserver(function () {
                if (named(editor)) {
                    drawn.disconnect();
                }
            });
            drawn.observe(editor, {childList: true, subtree: true});
        }
    });

    function named(editor) {
        var area = editor.querySelector('.ql-editor');
        var link = editor.querySelector('.ql-tooltip input[data-link]');
        if (!area || !link) {
            return false;
        }
        var label = editor.getAttribute('aria-labelledby');
        editor.setAttribute('role', 'group');
        editor.querySelectorAll('.ql-container[aria-labelledby]').forEach(function (inner) {
            inner.removeAttribute('aria-labelledby');
        });
        area.setAttribute('role', 'textbox');
        area.setAttribute('aria-multiline', 'true');
        area.setAttribute('aria-labelledby', label);
        link.setAttribute('data-link', editor.getAttribute('data-link-example'));
        link.setAttribute('aria-label', editor.getAttribute('data-link-label'));
        return true;
    }
});
