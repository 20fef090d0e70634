// After a button that reloads the page (« Monter », « Descendre »), the page comes back with ?focus=<key>: the focus
// returns to that button (data-focus="<key>"), or, when it is no longer shown (a page moved to the top has no
// « Monter »), to the same row's other button, instead of the top of the page. Given once the page's widgets are drawn:
// given on DOMContentLoaded, it was lost by then.
window.addEventListener('load', function () {
    var key = /^(up|down)-(\d+)$/.exec(new URLSearchParams(window.location.search).get('focus') || '');
    if (!key) {
        return;
    }
    var other = (key[1] === 'up' ? 'down-' : 'up-') + key[2];
    var target = document.querySelector('[data-focus="' + key[0] + '"]') || document.querySelector('[data-focus="' + other + '"]');
    if (target) {
        window.setTimeout(function () { target.focus(); }, 0);
    }
});
