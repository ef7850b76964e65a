// The media library's picture picker, shared by the article editor and the picture fields (cover, logo, banner):
// a modal listing the library's pictures by folder, those recently used in content first. Pictures a Word import
// stored are only listed when their folder is chosen. PortalMediaPicker.open(url, onPick) calls onPick(item).
(function () {
    let modal;
    let onPick;
    // The admin's language: the view writes the texts as a JSON block (_EditorTexts.cshtml); Vietnamese without it.
    const t = (key, vietnamese) => {
        let texts = {};
        try { texts = JSON.parse(document.getElementById('editor-texts')?.textContent || '{}'); } catch { texts = {}; }
        return texts[key] || vietnamese;
    };
    const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

    const element = (tag, className, text) => {
        const node = document.createElement(tag);
        if (className) { node.className = className; }
        if (text !== undefined) { node.textContent = text; }
        return node;
    };

    function build(url) {
        modal = element('div', 'modal fade');
        modal.id = 'media-picker';
        modal.tabIndex = -1;
        modal.setAttribute('aria-labelledby', 'media-picker-title');
        modal.innerHTML = `<div class="modal-dialog modal-lg modal-dialog-scrollable modal-fullscreen-sm-down"><div class="modal-content">
            <div class="modal-header"><h2 class="modal-title fs-5" id="media-picker-title">${escape(t('pickerTitle', 'Chọn ảnh từ thư viện'))}</h2>
            <button type="button" class="btn-close" data-bs-dismiss="modal" aria-label="${escape(t('close', 'Đóng'))}"></button></div>
            <div class="modal-body"><div class="row g-2 mb-3">
            <div class="col-sm-5"><label class="form-label small mb-1" for="media-picker-folder">${escape(t('folder', 'Thư mục'))}</label>
            <select id="media-picker-folder" class="form-select"><option value="">${escape(t('allFolders', 'Tất cả (trừ ảnh nhập từ Word)'))}</option></select></div>
            <div class="col-sm-7"><label class="form-label small mb-1" for="media-picker-q">${escape(t('search', 'Tìm ảnh'))}</label>
            <input type="search" id="media-picker-q" class="form-control" placeholder="${escape(t('searchPlaceholder', 'Tìm theo tên, chú thích'))}"></div></div>
            <div id="media-picker-items" aria-live="polite"></div></div></div></div>`;
        document.body.appendChild(modal);
        const folder = modal.querySelector('#media-picker-folder');
        const search = modal.querySelector('#media-picker-q');
        const list = modal.querySelector('#media-picker-items');
        fetch(`${url}/folders`, { headers: { Accept: 'application/json' } })
            .then((r) => (r.ok ? r.json() : []))
            .then((folders) => folders.forEach((f) => {
                const option = element('option', null, `${'— '.repeat(f.depth)}${f.name}${f.imported && f.depth === 0 ? ` ${t('importedFolder', '(ảnh nhập từ Word)')}` : ''}`);
                option.value = f.path;
                folder.appendChild(option);
            }));

        const card = (item) => {
            const column = element('div', 'col-6 col-md-3');
            const button = element('button', 'btn btn-outline-secondary w-100 p-1 media-picker-item');
            button.type = 'button';
            button.dataset.name = item.name;
            button.dataset.recent = item.recent ? 'true' : 'false';
            const image = element('img', 'img-fluid media-picker-thumb');
            image.src = item.thumbnailUrl || item.url;
            image.alt = item.alt || item.name;
            image.loading = 'lazy';
            button.append(image, element('span', 'd-block small text-truncate', item.caption || item.name));
            button.addEventListener('click', () => {
                const pick = onPick;
                // Bootstrap ignores hide() while the show transition runs (a quick click, a slow machine): close once shown.
                const dialog = bootstrap.Modal.getOrCreateInstance(modal);
                if (modal.dataset.shown === 'true') { dialog.hide(); } else { modal.addEventListener('shown.bs.modal', () => dialog.hide(), { once: true }); }
                pick(item);
            });
            column.appendChild(button);
            return column;
        };
        const section = (title, items, testId) => {
            const wrapper = element('section', 'mb-3');
            wrapper.dataset.testid = testId;
            wrapper.appendChild(element('h3', 'h6 text-secondary', title));
            const row = element('div', 'row g-2');
            row.append(...items.map(card));
            wrapper.appendChild(row);
            return wrapper;
        };
        modal.load = async () => {
            // Only the latest request draws the list: an earlier one can answer after a search typed meanwhile.
            const ticket = (list.ticket = (list.ticket || 0) + 1);
            const query = `?q=${encodeURIComponent(search.value)}&folder=${encodeURIComponent(folder.value)}`;
            const response = await fetch(url + query, { headers: { Accept: 'application/json' } });
            const items = response.ok ? (await response.json()).filter((i) => i.kind === 'image') : [];
            if (ticket !== list.ticket) { return; }
            const recent = items.filter((i) => i.recent);
            const rest = items.filter((i) => !i.recent);
            const parts = [];
            if (recent.length > 0) { parts.push(section(t('recent', 'Dùng gần đây'), recent, 'picker-recent')); }
            if (rest.length > 0) { parts.push(section(recent.length > 0 ? t('otherPictures', 'Ảnh khác trong thư viện') : t('libraryPictures', 'Ảnh trong thư viện'), rest, 'picker-library')); }
            list.replaceChildren(...parts);
            if (items.length === 0) { list.textContent = t('noPictures', 'Chưa có ảnh phù hợp trong thư viện.'); }
        };
        search.addEventListener('input', () => { clearTimeout(search.timer); search.timer = setTimeout(modal.load, 250); });
        folder.addEventListener('change', () => modal.load());
    }

    window.PortalMediaPicker = {
        open(url, pick) {
            if (!modal) { build(url); }
            onPick = pick;
            modal.load();
            modal.dataset.shown = 'false';
            modal.addEventListener('shown.bs.modal', () => { modal.dataset.shown = 'true'; }, { once: true });
            bootstrap.Modal.getOrCreateInstance(modal).show();
        },
    };
})();
