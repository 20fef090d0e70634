// Tab and Shift+Tab leave the rich text editor, as they leave any other field: Quill would otherwise indent or insert a
// tab character, and a keyboard user could not get out (RGAA 12.9). Caught before Quill's own handler, without
// preventing the browser's move to the next field.
document.addEventListener('keydown', function (event) {
    if (event.key === 'Tab' && !event.ctrlKey && !event.altKey && !event.metaKey
            && event.target instanceof Element && event.target.closest('.ql-editor')) {
        event.stopPropagation();
    }
}, true);
