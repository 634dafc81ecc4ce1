-- Scraped pages: tags and entities are not words, &nbsp; and numeric
-- entities separate words, a URL yields its host and path and an e-mail its
-- address, with the default parser's token ids (ts_headline works on HTML).

-- the example of the issue: no class, href, https, nbsp or p lexemes
SELECT to_tsvector('policytext', '<p class="x">الحماية&nbsp;الاجتماعية</p> <a href="https://www.unicef.org/iran">UNICEF</a>');
SELECT alias, token, lexemes
FROM ts_debug('policytext', '<p class="x">الحماية&nbsp;الاجتماعية</p> <a href="https://www.unicef.org/iran">UNICEF</a>');

-- token ids are the default parser's
SELECT t.tokid, t.alias, d.tokid AS default_tokid
FROM ts_token_type('policytext_parser') t
LEFT JOIN ts_token_type('default') d USING (alias)
WHERE t.alias IN ('email', 'url', 'host', 'tag', 'protocol', 'url_path', 'entity', 'blank', 'asciiword')
ORDER BY t.tokid;

-- addresses in the text, mapped as the english configuration maps them
SELECT alias, token, lexemes
FROM ts_debug('policytext', 'نشانی https://www.unicef.org/iran/fa و info@unicef.org و unicef.org/fa و www.who.int.')
WHERE alias <> 'blank';
SELECT to_tsvector('policytext', 'see https://www.unicef.org/iran and x@unicef.org') =
	   to_tsvector('english', 'see https://www.unicef.org/iran and x@unicef.org') AS like_english;

-- entities separate words; a lone & or < is punctuation
SELECT to_tsvector('policytext', 'برنامه&nbsp;توسعه و الحماية&#160;الاجتماعية و وزارة&#x20;الصحة') AS entities,
	   to_tsvector('policytext', 'a < b & c') AS lone_signs,
	   to_tsvector('policytext', '<!-- تعليق مخفي --> <script>x</script> <br/>متن') AS comment_and_tags;

-- paragraphs of HTML decide their own language
SELECT alias, token
FROM ts_debug('policytext', '<p>برنامج توسعه در استان اجرا شد</p><p>برنامج التنمية في المحافظة</p>')
WHERE alias IN ('arword', 'faword', 'arabicword');

-- ts_headline on HTML: tags are replaced, the URL is not repeated
SELECT ts_headline('policytext', '<p>الحماية الاجتماعية</p> راجع https://www.unicef.org/iran الآن',
				   to_tsquery('policytext', 'الاجتماعية'));
SELECT ts_headline('policytext', '<div><b>برنامه‌های</b> حمایتی دولت &amp; سازمان‌ها</div>',
				   to_tsquery('policytext', 'برنامه'), 'HighlightAll=true');

-- bad input
SELECT to_tsvector('policytext', '<') AS lt, to_tsvector('policytext', '&') AS amp,
	   to_tsvector('policytext', '<p') AS open_tag, to_tsvector('policytext', '&nbsp') AS no_semicolon,
	   to_tsvector('policytext', 'https://') AS bare_protocol, to_tsvector('policytext', '@@') AS ats,
	   length(to_tsvector('policytext', repeat('<p>سازمان</p>', 20000))) AS many_tags,
	   length(to_tsvector('policytext', '<a title="' || repeat('x', 5000) || '">متن</a>')) AS long_tag;
CREATE ROLE pt_html_reader;
SET ROLE pt_html_reader;
SELECT to_tsvector('policytext', '<p>الحماية</p> info@unicef.org') AS as_reader;
RESET ROLE;
DROP ROLE pt_html_reader;
