// Turns each textarea[data-editor="rich"] into a Quill editor; the textarea stays the submitted field,
// so without JavaScript editors still edit the HTML directly.
(function () {
    if (typeof Quill === 'undefined') { return; }
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
                            const src = window.prompt('Đường dẫn ảnh:');
                            if (!src) { return; }
                            const caption = window.prompt('Chú thích ảnh (bắt buộc để đăng):') || '';
                            const range = this.quill.getSelection(true);
                            this.quill.insertEmbed(range.index, 'figure', `<img src="${escape(src)}" alt="${escape(caption)}"><figcaption>${escape(caption)}</figcaption>`, 'user');
                        },
                    },
                },
            },
        });
        const button = host.previousElementSibling?.querySelector('.ql-figure');
        if (button) { button.textContent = 'Ảnh có chú thích'; button.style.width = 'auto'; }
        quill.clipboard.dangerouslyPasteHTML(area.value);
        area.form.addEventListener('submit', () => {
            area.value = quill.root.innerHTML.replace(/ contenteditable="false"/g, '');
        });
    });
})();
