// Behaviours shared by the admin screens, kept out of the pages so the Content-Security-Policy needs no inline
// script or style attribute: confirmations before destructive forms, and widths drawn from data attributes.
(function () {
    'use strict';

    // <form data-confirm="Xóa…?">: asks before sending; cancelling sends nothing.
    document.addEventListener('submit', function (e) {
        var form = e.target;
        if (form instanceof HTMLFormElement && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
            e.preventDefault();
            e.stopImmediatePropagation();
        }
    }, true);

    // <div class="progress-bar" data-percent="40">: the width is set through the DOM, which the policy allows.
    function drawProgress(root) {
        root.querySelectorAll('[data-percent]').forEach(function (bar) {
            bar.style.width = Math.max(0, Math.min(100, Number(bar.dataset.percent) || 0)) + '%';
        });
    }

    if (window.htmx) {
        htmx.onLoad(drawProgress);
    } else {
        document.addEventListener('DOMContentLoaded', function () { drawProgress(document); });
    }
})();
