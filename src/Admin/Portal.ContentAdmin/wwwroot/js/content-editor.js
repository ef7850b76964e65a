// Turns each textarea[data-editor="rich"] into a Quill editor; the textarea stays the submitted field,
// so without JavaScript editors still edit the HTML directly.
// Pictures are figures with a caption: picked from the media library (media-picker.js), given a caption and alt
// text in a small panel on the picture before they go in (both required, as publishing refuses pictures without
// a caption), edited in the same panel when the picture is clicked, and removed whole with Delete or Backspace.
(function () {
    if (typeof Quill === 'undefined') { return; }
    // The media library's picker answers JSON for this unit (the address carries the unit's prefix).
    const pickerUrl = document.currentScript?.dataset.picker;
    // The admin's language: the view writes the texts as a JSON block (_EditorTexts.cshtml); Vietnamese without it.
    const texts = (() => {
        try { return JSON.parse(document.getElementById('editor-texts')?.textContent || '{}'); } catch { return {}; }
    })();
    const t = (key, vietnamese) => texts[key] || vietnamese;
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

    const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    const figureHtml = (src, caption, alt) => `<img src="${escape(src)}" alt="${escape(alt)}"><figcaption>${escape(caption)}</figcaption>`;

    // The panel on a picture: caption and alt text, both required. Insert mode (a picture just picked, not yet in the
    // text) or edit mode (a picture of the text, which can also be removed from here).
    function captionPanel(quill) {
        const container = quill.container;
        container.classList.add('figure-editor');
        const outline = document.createElement('div');
        outline.className = 'figure-outline';
        outline.hidden = true;
        const panel = document.createElement('div');
        panel.className = 'figure-panel card shadow-sm';
        panel.hidden = true;
        panel.setAttribute('role', 'group');
        panel.setAttribute('aria-label', t('captionPanel', 'Chú thích ảnh'));
        panel.innerHTML = `<div class="card-body p-2">
            <div class="d-flex gap-2 align-items-start mb-2"><img class="figure-panel-thumb" alt="">
            <div class="flex-grow-1"><label class="form-label small mb-1 d-block">${escape(t('captionPanel', 'Chú thích ảnh'))} <span class="text-danger">*</span>
            <textarea class="form-control form-control-sm" rows="2" data-field="caption" maxlength="500"></textarea></label></div></div>
            <label class="form-label small mb-1 w-100">${escape(t('altLabel', 'Mô tả ảnh cho người khiếm thị (alt)'))} <span class="text-danger">*</span>
            <input type="text" class="form-control form-control-sm" data-field="alt" maxlength="300"></label>
            <div class="invalid-feedback d-block" data-field="error" hidden></div>
            <div class="d-flex flex-wrap gap-2 mt-2">
            <button type="button" class="btn btn-sm btn-primary" data-action="save"></button>
            <button type="button" class="btn btn-sm btn-outline-secondary" data-action="cancel">${escape(t('cancel', 'Hủy'))}</button>
            <button type="button" class="btn btn-sm btn-outline-danger ms-auto" data-action="remove">${escape(t('removePicture', 'Xóa ảnh'))}</button></div></div>`;
        container.append(outline, panel);
        const caption = panel.querySelector('[data-field="caption"]');
        const alt = panel.querySelector('[data-field="alt"]');
        const error = panel.querySelector('[data-field="error"]');
        const save = panel.querySelector('[data-action="save"]');
        const remove = panel.querySelector('[data-action="remove"]');
        const thumb = panel.querySelector('.figure-panel-thumb');
        let state = null; // { mode: 'insert', index, src } or { mode: 'edit', figure }

        const place = (top, node) => {
            if (node) {
                outline.style.top = `${node.offsetTop}px`;
                outline.style.left = `${node.offsetLeft}px`;
                outline.style.width = `${node.offsetWidth}px`;
                outline.style.height = `${node.offsetHeight}px`;
            }
            outline.hidden = !node;
            panel.style.top = `${top}px`;
        };
        const close = () => {
            state = null;
            panel.hidden = true;
            outline.hidden = true;
        };
        const open = (next, values, top, node) => {
            state = next;
            caption.value = values.caption || '';
            alt.value = values.alt || '';
            thumb.src = values.src;
            error.hidden = true;
            save.textContent = next.mode === 'insert' ? t('insertPicture', 'Chèn ảnh') : t('saveCaption', 'Lưu chú thích');
            remove.hidden = next.mode === 'insert';
            panel.hidden = false;
            place(top, node);
            caption.focus();
        };
        const indexOf = (figure) => quill.getIndex(Quill.find(figure));

        save.addEventListener('click', () => {
            const text = caption.value.trim();
            const description = alt.value.trim();
            if (text === '' || description === '') {
                error.textContent = text === ''
                    ? t('captionRequired', 'Hãy nhập chú thích ảnh: ảnh không có chú thích sẽ không được đăng.')
                    : t('altRequired', 'Hãy nhập mô tả ảnh cho người khiếm thị.');
                error.hidden = false;
                (text === '' ? caption : alt).focus();
                return;
            }
            if (state.mode === 'insert') {
                quill.insertEmbed(state.index, 'figure', figureHtml(state.src, text, description), 'user');
                quill.setSelection(state.index + 1, 0, 'user');
            } else {
                const index = indexOf(state.figure);
                const src = state.figure.querySelector('img')?.getAttribute('src') || '';
                quill.deleteText(index, 1, 'user');
                quill.insertEmbed(index, 'figure', figureHtml(src, text, description), 'user');
                quill.setSelection(index + 1, 0, 'user');
            }
            close();
        });
        panel.querySelector('[data-action="cancel"]').addEventListener('click', () => { close(); quill.focus(); });
        const removeSelected = () => {
            const index = indexOf(state.figure);
            close();
            quill.deleteText(index, 1, 'user');
            quill.setSelection(index, 0, 'user');
        };
        remove.addEventListener('click', removeSelected);
        panel.addEventListener('keydown', (event) => {
            if (event.key === 'Escape') { event.preventDefault(); close(); quill.focus(); }
        });

        // Clicking a picture selects it and opens its panel; Delete or Backspace then removes it with its caption.
        quill.root.addEventListener('click', (event) => {
            const figure = event.target.closest('figure');
            if (!figure || !quill.root.contains(figure)) { return; }
            quill.setSelection(indexOf(figure), 1, 'silent');
            const image = figure.querySelector('img');
            open({ mode: 'edit', figure }, {
                src: image?.getAttribute('src') || '',
                alt: image?.getAttribute('alt') || '',
                caption: figure.querySelector('figcaption')?.textContent || '',
            }, figure.offsetTop + figure.offsetHeight + 4, figure);
            // The keys act on the picture, not on the caption field the panel focused.
            quill.root.focus({ preventScroll: true });
        });
        quill.root.addEventListener('keydown', (event) => {
            if (state?.mode === 'edit' && (event.key === 'Delete' || event.key === 'Backspace')) {
                event.preventDefault();
                event.stopPropagation();
                removeSelected();
            } else if (state?.mode === 'edit' && event.key === 'Escape') {
                close();
            }
        }, true);
        quill.on('text-change', (delta, old, source) => { if (source === 'user' && state?.mode === 'edit' && !quill.root.contains(state.figure)) { close(); } });

        return {
            insert(index, item) {
                const bounds = quill.getBounds(index);
                open({ mode: 'insert', index, src: item.url }, { src: item.url, caption: item.caption, alt: item.alt }, (bounds?.bottom || 0) + 4, null);
            },
        };
    }

    // Quill's own words (heading names, the link tooltip) come from its CSS in English; admin.css shows these data-
    // attributes instead.
    function localizeQuill(host) {
        const toolbar = host.previousElementSibling;
        const headings = { '': t('paragraph', 'Đoạn văn'), 2: t('heading2', 'Tiêu đề 2'), 3: t('heading3', 'Tiêu đề 3') };
        toolbar?.querySelectorAll('.ql-header .ql-picker-item').forEach((item) => {
            item.dataset.label = headings[item.dataset.value || ''] || item.dataset.label || '';
        });
        const label = toolbar?.querySelector('.ql-header .ql-picker-label');
        if (label && !label.dataset.label) { label.dataset.label = headings[label.dataset.value || ''] || ''; }
        const tooltip = host.querySelector('.ql-tooltip');
        if (!tooltip) { return; }
        tooltip.dataset.visitText = t('linkVisit', 'Mở liên kết:');
        tooltip.dataset.enterText = t('linkEnter', 'Nhập địa chỉ liên kết:');
        const action = tooltip.querySelector('a.ql-action');
        if (action) { action.dataset.editText = t('linkEdit', 'Sửa'); action.dataset.saveText = t('linkSave', 'Lưu'); }
        const remove = tooltip.querySelector('a.ql-remove');
        if (remove) { remove.dataset.removeText = t('linkRemove', 'Bỏ liên kết'); }
    }

    document.querySelectorAll('textarea[data-editor="rich"]').forEach((area) => {
        const host = document.createElement('div');
        host.className = 'rich-editor';
        area.insertAdjacentElement('afterend', host);
        area.hidden = true;
        let panel;
        const quill = new Quill(host, {
            theme: 'snow',
            modules: {
                toolbar: {
                    container: [[{ header: [2, 3, false] }], ['bold', 'italic', 'underline'], [{ list: 'ordered' }, { list: 'bullet' }], ['link', 'blockquote', 'figure'], ['clean']],
                    handlers: {
                        figure() {
                            const range = this.quill.getSelection(true);
                            if (pickerUrl) {
                                window.PortalMediaPicker.open(pickerUrl, (item) => panel.insert(range.index, item));
                            }
                        },
                    },
                },
            },
        });
        panel = captionPanel(quill);
        const button = host.previousElementSibling?.querySelector('.ql-figure');
        if (button) { button.textContent = t('figureButton', 'Ảnh có chú thích'); button.classList.add('ql-figure-wide'); }
        localizeQuill(host);
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
