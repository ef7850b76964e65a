// Turns each textarea[data-editor="rich"] into a Quill editor; the textarea stays the submitted field,
// so without JavaScript editors still edit the HTML directly.
(function () {
    if (typeof Quill === 'undefined') { return; }
    // The media library's picker answers JSON for this unit (the address carries the unit's prefix).
    const pickerUrl = document.currentScript?.dataset.picker;
    const BlockEmbed = Quill.import('blots/block/embed');

    // A captioned image kept whole: Quill has no figure/figcaption of its own and would drop the caption.
    class FigureBlot extends BlockEmbed {
        static create(value) {
            const node = super.create();
            node.innerHTML = value;
            node.setAttribute('contenteditable', 'false');
            return node;
        }
        static value(node) { return node.innerHTML; }
    }
    FigureBlot.blotName = 'figure';
    FigureBlot.tagName = 'FIGURE';
    Quill.register(FigureBlot);

    // A modal listing the library's images; choosing one asks for its caption (prefilled from the library).
    function openPicker(insert) {
        let modal = document.getElementById('media-picker');
        if (!modal) {
            modal = document.createElement('div');
            modal.id = 'media-picker';
            modal.className = 'modal fade';
            modal.tabIndex = -1;
            modal.setAttribute('aria-labelledby', 'media-picker-title');
            modal.innerHTML = `<div class="modal-dialog modal-lg modal-dialog-scrollable"><div class="modal-content">
                <div class="modal-header"><h2 class="modal-title fs-5" id="media-picker-title">Chọn ảnh từ thư viện</h2>
                <button type="button" class="btn-close" data-bs-dismiss="modal" aria-label="Đóng"></button></div>
                <div class="modal-body"><label class="visually-hidden" for="media-picker-q">Tìm ảnh</label>
                <input type="search" id="media-picker-q" class="form-control mb-3" placeholder="Tìm theo tên, chú thích">
                <div class="row g-2" id="media-picker-items"></div>
                <button type="button" class="btn btn-link px-0 mt-2" id="media-picker-url">Hoặc nhập đường dẫn ảnh</button></div></div></div>`;
            document.body.appendChild(modal);
        }
        const dialog = bootstrap.Modal.getOrCreateInstance(modal);
        // Bootstrap ignores hide() while the show transition runs (a quick click, a slow machine): close once shown.
        const hide = () => {
            if (modal.dataset.shown === 'true') { dialog.hide(); } else { modal.addEventListener('shown.bs.modal', () => dialog.hide(), { once: true }); }
        };
        const list = modal.querySelector('#media-picker-items');
        const search = modal.querySelector('#media-picker-q');
        const load = async () => {
            // Only the latest request draws the list: the first, unfiltered one can answer after a search typed meanwhile.
            const ticket = (list.ticket = (list.ticket || 0) + 1);
            const response = await fetch(`${pickerUrl}?q=${encodeURIComponent(search.value)}`, { headers: { Accept: 'application/json' } });
            const items = response.ok ? (await response.json()).filter((i) => i.kind === 'image') : [];
            if (ticket !== list.ticket) { return; }
            list.replaceChildren(...items.map((item) => {
                const column = document.createElement('div');
                column.className = 'col-6 col-md-3';
                const button = document.createElement('button');
                button.type = 'button';
                button.className = 'btn btn-outline-secondary w-100 p-1 media-picker-item';
                button.dataset.name = item.name;
                const image = document.createElement('img');
                image.src = item.thumbnailUrl || item.url;
                image.alt = item.alt || item.name;
                image.className = 'img-fluid';
                const label = document.createElement('span');
                label.className = 'd-block small text-truncate';
                label.textContent = item.caption || item.name;
                button.append(image, label);
                button.addEventListener('click', () => { hide(); insert(item.url, item.caption, item.alt); });
                column.appendChild(button);
                return column;
            }));
            if (items.length === 0) { list.textContent = 'Chưa có ảnh phù hợp trong thư viện.'; }
        };
        search.oninput = () => { clearTimeout(search.timer); search.timer = setTimeout(load, 250); };
        modal.querySelector('#media-picker-url').onclick = () => {
            hide();
            const src = window.prompt('Đường dẫn ảnh:');
            if (src) { insert(src, '', ''); }
        };
        load();
        modal.dataset.shown = 'false';
        modal.addEventListener('shown.bs.modal', () => { modal.dataset.shown = 'true'; }, { once: true });
        dialog.show();
    }

    const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

    document.querySelectorAll('textarea[data-editor="rich"]').forEach((area) => {
        const host = document.createElement('div');
        host.style.minHeight = '18rem';
        area.insertAdjacentElement('afterend', host);
        area.hidden = true;
        const quill = new Quill(host, {
            theme: 'snow',
            modules: {
                toolbar: {
                    container: [[{ header: [2, 3, false] }], ['bold', 'italic', 'underline'], [{ list: 'ordered' }, { list: 'bullet' }], ['link', 'blockquote', 'figure'], ['clean']],
                    handlers: {
                        figure() {
                            const range = this.quill.getSelection(true);
                            const insert = (src, suggestedCaption, alt) => {
                                const caption = window.prompt('Chú thích ảnh (bắt buộc để đăng):', suggestedCaption || '') || '';
                                this.quill.insertEmbed(range.index, 'figure', `<img src="${escape(src)}" alt="${escape(alt || caption)}"><figcaption>${escape(caption)}</figcaption>`, 'user');
                            };
                            if (pickerUrl) {
                                openPicker(insert);
                            } else {
                                const src = window.prompt('Đường dẫn ảnh:');
                                if (src) { insert(src, '', ''); }
                            }
                        },
                    },
                },
            },
        });
        const button = host.previousElementSibling?.querySelector('.ql-figure');
        if (button) { button.textContent = 'Ảnh có chú thích'; button.style.width = 'auto'; }
        quill.clipboard.dangerouslyPasteHTML(area.value);
        const sync = () => { area.value = quill.root.innerHTML.replace(/ contenteditable="false"/g, ''); };
        area.form.addEventListener('submit', sync);
        // Keeps the textarea current while typing and tells listeners (the near-duplicate check) as typing into it would.
        quill.on('text-change', () => {
            sync();
            area.dispatchEvent(new Event('input', { bubbles: true }));
        });
    });
})();
