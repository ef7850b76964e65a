// A picture field picked from the media library (an article's cover, the theme's logo and banner): the address is
// kept in the hidden input, a preview shows the picture, and a caption field named by data-caption-target is filled
// from the library when it is still empty.
(function () {
    document.querySelectorAll('[data-media-field]').forEach((field) => {
        const input = field.querySelector('input[type="hidden"]');
        const preview = field.querySelector('.media-field-preview');
        const empty = field.querySelector('.media-field-empty');
        const clear = field.querySelector('[data-media-clear]');
        const show = () => {
            const has = input.value !== '';
            preview.hidden = !has;
            empty.hidden = has;
            clear.hidden = !has;
            if (has) { preview.src = input.value; } else { preview.removeAttribute('src'); }
        };
        field.querySelector('[data-media-choose]').addEventListener('click', () => {
            window.PortalMediaPicker.open(field.dataset.picker, (item) => {
                input.value = item.url;
                preview.alt = item.alt || item.name;
                const caption = field.dataset.captionTarget ? document.getElementById(field.dataset.captionTarget) : null;
                if (caption && caption.value.trim() === '' && item.caption) { caption.value = item.caption; }
                show();
                input.dispatchEvent(new Event('input', { bubbles: true }));
            });
        });
        clear.addEventListener('click', () => {
            input.value = '';
            show();
            input.dispatchEvent(new Event('input', { bubbles: true }));
        });
        show();
    });
})();
