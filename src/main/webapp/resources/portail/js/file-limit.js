// A file over the page's limit (data-max-bytes) is refused as soon as it is chosen, with the page's own words
// (data-too-large) beside the field: sent, it would be cut off by the server's limit on a request's size and the whole
// form lost behind an error page.
document.addEventListener('change', function (event) {
    var input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type !== 'file' || !input.dataset.maxBytes) {
        return;
    }
    var message = document.getElementById(input.id + '-too-large');
    var tooLarge = Array.prototype.some.call(input.files, function (file) { return file.size > Number(input.dataset.maxBytes); });
    if (!tooLarge) {
        if (message) {
            message.remove();
        }
        input.removeAttribute('aria-invalid');
        return;
    }
    input.value = '';
    input.setAttribute('aria-invalid', 'true');
    if (!message) {
        message = document.createElement('span');
        message.id = input.id + '-too-large';
        message.className = 'ui-message ui-message-error';
        message.setAttribute('role', 'alert');
        input.insertAdjacentElement('afterend', message);
    }
    message.textContent = input.dataset.tooLarge;
}, true);
