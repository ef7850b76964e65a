// The public site's few behaviours, kept out of the pages so the Content-Security-Policy needs no inline script.
(function () {
    'use strict';
    document.addEventListener('click', function (e) {
        if (e.target.closest('[data-print]')) {
            window.print();
        }
    });
})();
