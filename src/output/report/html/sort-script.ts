// The page's only script: click a column heading to sort the table by it (numbers as numbers, names in
// Vietnamese order, empty cells last). Cells may carry their sort key in `data-sort`.
export const SORT_SCRIPT = `
(function () {
  var collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });
  function keyOf(row, column) {
    var cell = row.cells[column];
    if (!cell) return '';
    var key = cell.getAttribute('data-sort');
    return (key === null ? cell.textContent : key).trim();
  }
  function compare(a, b) {
    if (a === b) return 0;
    if (a === '') return 1;
    if (b === '') return -1;
    var x = Number(a), y = Number(b);
    if (!isNaN(x) && !isNaN(y)) return x - y;
    return collator.compare(a, b);
  }
  document.querySelectorAll('table.sortable').forEach(function (table) {
    var headings = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(headings, function (heading, column) {
      var button = heading.querySelector('button');
      if (!button) return;
      button.addEventListener('click', function () {
        var ascending = heading.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(headings, function (h) { h.removeAttribute('aria-sort'); });
        heading.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (r, s) {
          var a = keyOf(r, column), b = keyOf(s, column);
          if (a === '' || b === '') return compare(a, b);
          return ascending ? compare(a, b) : compare(b, a);
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
})();
`;
