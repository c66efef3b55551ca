import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../../src/ingest/index.js';
import { blockTexts, ingestString, sourceOf } from './helpers.js';

describe('plain text', () => {
  it('makes every line a block, the first a title when it reads like a headline', () => {
    const doc = ingestString('bai-viet.txt', 'Vĩnh Phúc bàn giải pháp chuyển đổi số\r\n\r\nTheo đó, 100% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.\rKinh tế số đạt 20% GRDP.');
    expect(blockTexts(doc)).toEqual([
      'Vĩnh Phúc bàn giải pháp chuyển đổi số',
      'Theo đó, 100% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.',
      'Kinh tế số đạt 20% GRDP.',
    ]);
    expect(doc.blocks.map((b) => b.kind)).toEqual(['title', 'paragraph', 'paragraph']);
    expect(doc.title).toBe('Vĩnh Phúc bàn giải pháp chuyển đổi số');
    expect(doc.view.text).toBe(blockTexts(doc).join('\n'));
  });

  it('joins hard-wrapped lines of a PDF copy into one block, mapping the line break to the space', () => {
    const source = [
      'KẾ HOẠCH',
      'I. MỤC TIÊU',
      'Phát triển chính quyền số, phấn đấu đến năm 2025 có 80% thủ tục hành chính đủ điều kiện được cung cấp',
      'trực tuyến toàn trình; kinh tế số chiếm 20% GRDP của tỉnh vào năm 2025 và tầm nhìn đến năm',
      '2030, tỷ lệ này đạt 30%.',
      '1. Chính phủ số',
      '',
      'chữ thường sau dòng trống vẫn là đoạn mới.',
    ].join('\n');
    const doc = ingestString('ke-hoach.txt', source);
    expect(blockTexts(doc)).toEqual([
      'KẾ HOẠCH',
      'I. MỤC TIÊU',
      'Phát triển chính quyền số, phấn đấu đến năm 2025 có 80% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình; kinh tế số chiếm 20% GRDP của tỉnh vào năm 2025 và tầm nhìn đến năm 2030, tỷ lệ này đạt 30%.',
      '1. Chính phủ số',
      'chữ thường sau dòng trống vẫn là đoạn mới.',
    ]);
    expect(sourceOf(doc, 'cung cấp trực tuyến')).toBe('cung cấp\ntrực tuyến');
    expect(doc.blocks.map((b) => b.kind)).toEqual(['title', 'heading', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('reads bulleted lines as list items', () => {
    const doc = ingestString('bai-viet.txt', 'Mục tiêu cụ thể:\n- 100% xã có điểm truy cập Internet công cộng;\n• 80% hộ gia đình có cáp quang.');
    expect(doc.blocks.map((b) => b.kind)).toEqual(['paragraph', 'list-item', 'list-item']);
  });

  it('does not take a first sentence for a title', () => {
    const doc = ingestString('bai-viet.txt', 'Ngày 13/11, UBND tỉnh tổ chức hội nghị nghe báo cáo dự thảo Đề án chuyển đổi số.\nĐoạn hai.');
    expect(doc.title).toBeNull();
    expect(doc.blocks[0].kind).toBe('paragraph');
  });

  it('folds NBSP, narrow NBSP, zero-width characters, soft hyphens and full-width digits, keeping the map', () => {
    const source = 'Tỷ lệ đạt\u00a0\u00a0９０\uff05 vào năm\u202f2025, chuyển\u00adđổi\u200b số.';
    const doc = ingestString('bai-viet.txt', source);
    expect(doc.view.text).toBe('Tỷ lệ đạt 90% vào năm 2025, chuyểnđổi số.');
    expect(sourceOf(doc, '90%')).toBe('９０\uff05');
    expect(sourceOf(doc, 'đạt 90')).toBe('đạt\u00a0\u00a0９０');
    expect(sourceOf(doc, 'năm 2025')).toBe('năm\u202f2025');
  });

  it('maps an NFD article back to its decomposed source', () => {
    const source = 'Tỉnh Hòa Bình phấn đấu 80% dịch vụ công trực tuyến.'.normalize('NFD');
    const doc = ingestString('bai-viet.txt', source);
    expect(doc.view.text).toBe('Tỉnh Hòa Bình phấn đấu 80% dịch vụ công trực tuyến.');
    expect(doc.canonical).toContain('hoà bình');
    expect(sourceOf(doc, 'Hòa Bình')).toBe('Hòa Bình'.normalize('NFD'));
  });

  it('reads the same lines and blocks whether the lines end in LF or in CRLF', () => {
    const lf = '\n\nTiêu đề bài viết về số hoá\n \nĐoạn một đạt 90% mục tiêu,\nnối tiếp dòng trên.\n\n\n- Mục một\n2030, năm cuối\n   \n';
    const lfDoc = ingestString('lf.txt', lf);
    const crlfDoc = ingestString('crlf.txt', lf.replace(/\n/g, '\r\n'));
    expect(blockTexts(crlfDoc)).toEqual(blockTexts(lfDoc));
    expect(crlfDoc.blocks.map((b) => b.kind)).toEqual(lfDoc.blocks.map((b) => b.kind));
    expect(blockTexts(lfDoc)).toEqual(['Tiêu đề bài viết về số hoá', 'Đoạn một đạt 90% mục tiêu, nối tiếp dòng trên.', '- Mục một', '2030, năm cuối']);
  });

  it('says the view is NFC-stable only when no character of it could change under NFC', () => {
    const plain = 'Tỉnh Hòa Bình phấn đấu 80% dịch vụ công “trực tuyến” – toàn trình…';
    expect(ingestString('a.txt', plain).nfcStable).toBe(true);
    // Decomposed letters are composed by the cleaning, but the view is not said stable: it is not looked at again.
    expect(ingestString('b.txt', plain.normalize('NFD')).nfcStable).toBe(false);
    expect(ingestString('c.txt', `${plain}\n数字化转型 100%`).nfcStable).toBe(false);
  });

  it('reads an HTML page saved as .txt as HTML', () => {
    const doc = ingestString('trang.txt', '<!DOCTYPE html><html><body><p>Đạt 95% cơ quan kết nối mạng.</p></body></html>');
    expect(doc.view.text).toBe('Đạt 95% cơ quan kết nối mạng.');
  });
});

describe('markdown', () => {
  const source = [
    '# Kế hoạch chuyển đổi số năm 2024',
    '',
    'Mục tiêu **90%** hồ sơ được xử lý',
    '  trên môi trường mạng \\* theo [Kế hoạch 15](https://example.vn/kh15) &amp; Nghị quyết.',
    '',
    '- 100% xã có cáp quang',
    '- Kinh tế số chiếm `20%` GRDP',
    '',
    '| Chỉ tiêu | 2024 | 2025 |',
    '| --- | ---: | ---: |',
    '| Dịch vụ công toàn trình | 70% | 80% |',
    '',
    '<div class="quang-cao">Quảng cáo 50%</div>',
  ].join('\n');
  const doc = ingestString('ke-hoach.md', source);

  it('keeps the text of headings, paragraphs, list items and table rows, without the syntax', () => {
    expect(blockTexts(doc)).toEqual([
      'Kế hoạch chuyển đổi số năm 2024',
      'Mục tiêu 90% hồ sơ được xử lý trên môi trường mạng * theo Kế hoạch 15 & Nghị quyết.',
      '100% xã có cáp quang',
      'Kinh tế số chiếm 20% GRDP',
      'Chỉ tiêu | 2024 | 2025',
      'Dịch vụ công toàn trình | 70% | 80%',
    ]);
    expect(doc.blocks.map((b) => b.kind)).toEqual(['title', 'paragraph', 'list-item', 'list-item', 'table-row', 'table-row']);
  });

  it('maps view text into the raw markdown', () => {
    expect(sourceOf(doc, '90%')).toBe('90%');
    expect(sourceOf(doc, 'xử lý trên')).toBe('xử lý\n  trên');
    expect(sourceOf(doc, '* theo')).toBe('\\* theo');
    expect(sourceOf(doc, '& Nghị')).toBe('&amp; Nghị');
    expect(sourceOf(doc, '70% | 80%')).toBe('70% | 80%');
    expect(sourceOf(doc, 'chiếm 20%')).toBe('chiếm `20%');
  });
});

describe('html', () => {
  const page = [
    '<html><head><title>Tin tức - Cổng TTĐT</title>',
    '<meta property="og:title" content="Đồng Nai số hoá 100% hồ sơ">',
    '<script>var s = "90% hồ sơ";</script><style>p{width:100%}</style></head>',
    '<body>\r<nav class="menu"><a href="/">Trang chủ</a> <a href="/a">Chuyển đổi số 80%</a></nav>\r',
    '<div class="share-bar">Chia sẻ 12</div>',
    '<h1>Đồng Nai số hoá 100% hồ sơ</h1>',
    '<div class="article-content">',
    '<p>Đến năm 2025, t&#7881;nh ph&#7845;n &#273;&#7845;u 100%&nbsp;h&ocirc;̀ sơ được số hoá.</p>',
    '<p>Tỷ lệ <b>dịch vụ công</b> trực tuyến<br>toàn trình đạt 45,5%.</p>',
    '<table><tr><td>Năm</td><td></td><td>2024</td></tr><tr><td><p>Tỷ lệ</p></td><td>60%</td><td>70%</td></tr></table>',
    '<div class="tin-lien-quan"><h3>Tin liên quan</h3><ul><li><a href="/b">Đồng Nai đạt 95% chỉ tiêu</a></li></ul></div>',
    '<p>Ông Nguyễn Văn A cho biết tỉnh sẽ tiếp tục đầu tư cho hạ tầng số.</p>',
    '</div>',
    '<aside><p>Đọc nhiều: 99% người dùng hài lòng</p></aside>',
    '<div id="comment-box"><p>Bình luận của bạn: tôi đồng ý 100%</p></div>',
    '<footer>Truy cập tổng 1.403.412</footer>',
    '</body></html>',
  ].join('');
  const doc = ingestString('trang.html', page);

  it('keeps the article and drops scripts, menus, share bars, related boxes, sidebars, comments and footers', () => {
    expect(blockTexts(doc)).toEqual([
      'Đồng Nai số hoá 100% hồ sơ',
      'Đến năm 2025, tỉnh phấn đấu 100% hồ sơ được số hoá.',
      'Tỷ lệ dịch vụ công trực tuyến',
      'toàn trình đạt 45,5%.',
      'Năm | 2024',
      'Tỷ lệ | 60% | 70%',
      'Ông Nguyễn Văn A cho biết tỉnh sẽ tiếp tục đầu tư cho hạ tầng số.',
    ]);
    expect(doc.blocks.map((b) => b.kind)).toEqual(['title', 'paragraph', 'paragraph', 'paragraph', 'table-row', 'table-row', 'paragraph']);
    expect(doc.title).toBe('Đồng Nai số hoá 100% hồ sơ');
  });

  it('maps decoded entities to the whole entity and composes NFD inside entities', () => {
    expect(sourceOf(doc, 'tỉnh phấn đấu')).toBe('t&#7881;nh ph&#7845;n &#273;&#7845;u');
    expect(sourceOf(doc, '100% hồ sơ được')).toBe('100%&nbsp;h&ocirc;̀ sơ được');
  });

  it('reads metadata from the head', () => {
    const withMeta = ingestString(
      'trang.html',
      '<html><head><meta property="og:site_name" content="Báo Bắc Ninh"><meta property="article:published_time" content="2022-08-01T07:00:00+07:00"><link rel="canonical" href="https://baobacninh.vn/a.html"></head><body><article><p>Bắc Ninh đạt 98% hồ sơ trực tuyến.</p></article></body></html>',
    );
    expect(withMeta.outlet).toBe('Báo Bắc Ninh');
    expect(withMeta.published).toBe('2022-08-01');
    expect(withMeta.url).toBe('https://baobacninh.vn/a.html');
  });

  it('gives a page without article text no view text, with a warning', () => {
    const empty = ingestString('trang.html', '<html><body><nav><a href="/">Trang chủ</a></nav><script>x=1</script></body></html>');
    expect(empty.view.text).toBe('');
    expect(empty.warnings.map((w) => w.code)).toEqual(['NO_TEXT']);
  });
});

describe('jsonl', () => {
  const lines = [
    JSON.stringify({ id: 'a1', text: 'Kinh tế số chiếm 20% GRDP.', url: 'https://baoxyz.vn/a1', published: '2023-03-05' }),
    '{"id": "a2", "text": ',
    '',
    JSON.stringify({ id: 'a3', html: '<p>Đạt 90%&nbsp;hồ sơ trực tuyến.</p>' }),
    JSON.stringify({ id: 'a4', title: 'không có nội dung' }),
    JSON.stringify({ id: 'a5', text: 'Tỉnh đạt 60% chỉ tiêu.', published: '2021-09' }),
  ].join('\n');
  const docs = ingestBytes({ bytes: new TextEncoder().encode(lines), source: 'lo.jsonl' });

  it('makes each line its own document, a bad line a document with an error', () => {
    expect(docs.map((d) => [d.id, d.source, d.errors.map((e) => e.code)])).toEqual([
      ['a1', 'lo.jsonl#a1', []],
      ['line-2', 'lo.jsonl#line-2', ['BAD_RECORD']],
      ['a3', 'lo.jsonl#a3', []],
      ['a4', 'lo.jsonl#a4', ['BAD_RECORD']],
      ['a5', 'lo.jsonl#a5', []],
    ]);
    expect(docs[4].published).toBe('2021-09');
  });

  it('takes url and published from the fields and maps offsets into the decoded field', () => {
    const [a1, , a3] = docs;
    expect(a1.url).toBe('https://baoxyz.vn/a1');
    expect(a1.published).toBe('2023-03-05');
    expect(a1.sourceText).toBe('Kinh tế số chiếm 20% GRDP.');
    expect(a3.sourceText).toBe('<p>Đạt 90%&nbsp;hồ sơ trực tuyến.</p>');
    expect(sourceOf(a3, '90% hồ')).toBe('90%&nbsp;hồ');
  });
});

describe('older portal pages', () => {
  it('reads a table-layout page with <br> lines and legacy entities without semicolons', () => {
    const page = [
      '<html><head><title>Sở TT&amp;TT tỉnh</title></head><body>',
      '<table><tr><td class="menu-left"><a href="/">Trang chủ</a><br><a href="/gt">Giới thiệu</a></td>',
      '<td class="noidung"><b>Tỉnh đẩy mạnh chuyển đổi số</b><br>Năm 2023, tỉnh phấn đấu 100% cơ quan nhà nước sử dụng hệ thống quản lý văn bản, trong đó 90% văn bản được ký số.<br>',
      'Tỷ lệ hồ sơ trực tuyến đạt 45&nbsp%, tăng 12% so với năm trước, theo báo cáo của Sở Thông tin và Truyền thông tỉnh.</td></tr></table>',
      '<div id="footer">Truy cập tổng 1.403.412</div></body></html>',
    ].join('');
    const doc = ingestString('trang.htm', page);
    expect(blockTexts(doc)).toEqual([
      'Sở TT&TT tỉnh',
      'Tỉnh đẩy mạnh chuyển đổi số',
      'Năm 2023, tỉnh phấn đấu 100% cơ quan nhà nước sử dụng hệ thống quản lý văn bản, trong đó 90% văn bản được ký số.',
      'Tỷ lệ hồ sơ trực tuyến đạt 45 %, tăng 12% so với năm trước, theo báo cáo của Sở Thông tin và Truyền thông tỉnh.',
    ]);
    expect(sourceOf(doc, '45 %')).toBe('45&nbsp%');
  });
});

describe('related-story boxes named in camel case', () => {
  it('drops an embedded related story by its type and class words', () => {
    const page =
      '<html><body><article><p>Tỉnh phấn đấu đến năm 2025 có 100% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.</p>' +
      '<div type="RelatedOneNews"><a class="OneNewsTitle" href="/a">Hà Nội đạt 95% dịch vụ công toàn trình</a>' +
      '<p class="VCObjectBoxRelatedNewsItemSapo">Thành phố dẫn đầu cả nước với 95% thủ tục hành chính trực tuyến toàn trình.</p></div>' +
      '<p>Kinh tế số của tỉnh chiếm 20% GRDP vào năm 2025, theo nghị quyết của Tỉnh ủy về chuyển đổi số.</p></article></body></html>';
    expect(blockTexts(ingestString('trang.html', page))).toEqual([
      'Tỉnh phấn đấu đến năm 2025 có 100% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.',
      'Kinh tế số của tỉnh chiếm 20% GRDP vào năm 2025, theo nghị quyết của Tỉnh ủy về chuyển đổi số.',
    ]);
  });
});

describe('class words are hints', () => {
  it('keeps a column named like a sidebar when it holds the article, and drops the real sidebar', () => {
    const page =
      '<html><body><div class="sidebar-1"><h1>Quảng Ninh dẫn đầu chỉ số chuyển đổi số</h1><article class="fck_detail">' +
      '<p>Năm 2022, Quảng Ninh đạt 0,70 điểm, đứng thứ 3 cả nước về chỉ số chuyển đổi số cấp tỉnh.</p></article></div>' +
      '<div class="sidebar-2"><p>Tin xem nhiều: Giá vàng tăng 2%, chứng khoán giảm 1,5% trong phiên sáng nay.</p></div></body></html>';
    expect(blockTexts(ingestString('trang.html', page))).toEqual([
      'Quảng Ninh dẫn đầu chỉ số chuyển đổi số',
      'Năm 2022, Quảng Ninh đạt 0,70 điểm, đứng thứ 3 cả nước về chỉ số chuyển đổi số cấp tỉnh.',
    ]);
  });
});
