// Theme settings (admin/theme): the home blocks are reordered with arrow buttons.
// Reordering moves the row, and with it the hidden BlockOrder input the server reads in order.
document.getElementById('home-blocks').addEventListener('click', function (e) {
    var button = e.target.closest('[data-move]');
    if (!button) return;
    var row = button.closest('li');
    var target = button.dataset.move === '-1' ? row.previousElementSibling : row.nextElementSibling;
    if (!target) return;
    if (button.dataset.move === '-1') row.parentNode.insertBefore(row, target); else row.parentNode.insertBefore(target, row);
    button.focus();
});
