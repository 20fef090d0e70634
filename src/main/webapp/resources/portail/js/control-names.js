// Names a screen reader reads, mended where PrimeFaces draws controls in the browser:
// - a button's icon is a glyph of the icon font, read out as a stray character before the button's words: hidden;
// - every date field's calendar button is called « Choisir une date »: it also names its field
//   (« Choisir une date : Affichée à partir du »).
(function () {
    function mend() {
        document.querySelectorAll('.ui-button .ui-icon:not([aria-hidden]), .ui-button .pi:not([aria-hidden])').forEach(function (icon) {
            icon.setAttribute('aria-hidden', 'true');
        });
        document.querySelectorAll('.ui-datepicker-trigger:not([data-named])').forEach(function (button) {
            var field = button.parentElement && button.parentElement.querySelector('input');
            var label = field && field.id && document.querySelector('label[for="' + CSS.escape(field.id) + '"]');
            if (label) {
                button.setAttribute('aria-label', button.getAttribute('aria-label') + ' : ' + label.textContent.replace(/\s*\*\s*$/, '').trim());
                button.setAttribute('data-named', 'true');
            }
        });
    }
    // Drawn after the page is loaded (date pickers) or again by an ajax update: mended as they appear, once per frame
    // however many changes an update makes (the pre-registration calendar redraws hundreds of boxes).
    window.addEventListener('load', function () {
        var pending = false;
        mend();
        new MutationObserver(function () {
            if (!pending) {
                pending = true;
                window.requestAnimationFrame(function () {
                    pending = false;
                    mend();
                });
            }
        }).observe(document.body, {childList: true, subtree: true});
    });
})();
