// Main menu editor (admin/menu).
// The tree is edited in the page, then saved in one request as [{id, parentId}] in display order.
(function () {
    var tree = document.getElementById('menu-tree');
    var dragged = null;
    function childrenList(li) { return li.querySelector(':scope > .menu-children'); }
    tree.addEventListener('click', function (e) {
        var button = e.target.closest('[data-act]');
        if (!button) return;
        var li = button.closest('.menu-node');
        var act = button.dataset.act;
        if (act === 'up' && li.previousElementSibling) li.parentNode.insertBefore(li, li.previousElementSibling);
        if (act === 'down' && li.nextElementSibling) li.parentNode.insertBefore(li.nextElementSibling, li);
        if (act === 'in' && li.previousElementSibling) childrenList(li.previousElementSibling).appendChild(li);
        if (act === 'out') {
            var parent = li.parentNode.closest('.menu-node');
            if (parent) parent.parentNode.insertBefore(li, parent.nextElementSibling);
        }
        button.focus();
    });
    tree.addEventListener('dragstart', function (e) { dragged = e.target.closest('.menu-node'); e.dataTransfer.effectAllowed = 'move'; e.stopPropagation(); });
    tree.addEventListener('dragover', function (e) { if (dragged) e.preventDefault(); });
    tree.addEventListener('drop', function (e) {
        e.preventDefault();
        var target = e.target.closest('.menu-node');
        if (!dragged || !target || target === dragged || dragged.contains(target)) return;
        target.parentNode.insertBefore(dragged, target);
        dragged = null;
    });
    document.getElementById('arrange-form').addEventListener('submit', function () {
        var nodes = Array.from(tree.querySelectorAll('.menu-node')).map(function (li) {
            var parent = li.parentNode.closest('.menu-node');
            return { id: Number(li.dataset.id), parentId: parent ? Number(parent.dataset.id) : null };
        });
        document.getElementById('tree').value = JSON.stringify(nodes);
    });
})();
