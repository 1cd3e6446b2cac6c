#!/usr/bin/python3
"""Prints what a word processor sees in a DOCX (python-docx) or ODT (odfpy) as JSON:
heading styles, language, properties, table header rows and column widths, footer fields.

inspect_office.py FILE.docx|FILE.odt"""
import json
import sys


def docx(path):
    from docx import Document
    from docx.oxml.ns import qn
    d = Document(path)
    body = d.element.body
    out = {'paragraphs': [], 'tables': [], 'bookmarks': [], 'links': [], 'footer': [], 'numbered': 0}
    for p in d.paragraphs:
        out['paragraphs'].append([p.style.name, p.text])
        if p._p.find(qn('w:pPr')) is not None and p._p.find(qn('w:pPr')).find(qn('w:numPr')) is not None:
            out['numbered'] += 1
    for style in ('Heading 1', 'Heading 2'):
        ppr = d.styles[style].element.find(qn('w:pPr'))
        lvl = ppr.find(qn('w:outlineLvl')) if ppr is not None else None
        out['outline ' + style] = None if lvl is None else int(lvl.get(qn('w:val')))
    lang = d.styles.element.find(qn('w:docDefaults')).find(qn('w:rPrDefault')).find(qn('w:rPr')).find(qn('w:lang'))
    out['language'] = lang.get(qn('w:val'))
    cp = d.core_properties
    out['properties'] = {'title': cp.title, 'author': cp.author, 'subject': cp.subject, 'keywords': cp.keywords}
    for t in d.tables:
        first = t.rows[0]._tr
        trpr = first.find(qn('w:trPr'))
        out['tables'].append({
            'headerRepeats': trpr is not None and trpr.find(qn('w:tblHeader')) is not None,
            'style': t.style.name if t.style is not None else None,
            'widths': [int(c.get(qn('w:w'))) for c in t._tbl.find(qn('w:tblGrid')).findall(qn('w:gridCol'))],
            'header': [c.text for c in t.rows[0].cells],
        })
    out['bookmarks'] = [b.get(qn('w:name')) for b in body.iter(qn('w:bookmarkStart'))]
    out['links'] = [h.get(qn('w:anchor')) for h in body.iter(qn('w:hyperlink')) if h.get(qn('w:anchor'))]
    out['fields'] = [i.text.strip() for i in body.iter(qn('w:instrText'))][:3]
    for s in d.sections:
        for el in s.footer._element.iter(qn('w:instrText')):
            out['footer'].append(el.text.strip())
        out['footerText'] = s.footer.paragraphs[0].text if s.footer.paragraphs else ''
        out['header'] = s.header.paragraphs[0].text if s.header.paragraphs else ''
        out['pageWidthMm'] = round(s.page_width.mm)
    return out


def odt(path):
    from odf.opendocument import load
    from odf import text, style, table, meta, dc
    from odf.namespaces import TEXTNS, STYLENS, FONS, TABLENS
    d = load(path)
    out = {'headings': [], 'tables': [], 'bookmarks': [], 'footer': [], 'lists': 0}
    def attr(e, ns, name):
        return e.attributes.get((ns, name))
    for h in d.body.getElementsByType(text.H):
        out['headings'].append([attr(h, TEXTNS, 'style-name'), attr(h, TEXTNS, 'outline-level'), str(h)])
    for s in d.styles.getElementsByType(style.Style):
        if attr(s, STYLENS, 'name') in ('Heading_20_1', 'Heading_20_2'):
            out['outline ' + attr(s, STYLENS, 'name')] = attr(s, STYLENS, 'default-outline-level')
    for ds in d.styles.getElementsByType(style.DefaultStyle):
        for tp in ds.getElementsByType(style.TextProperties):
            out['language'] = '%s-%s' % (attr(tp, FONS, 'language'), attr(tp, FONS, 'country'))
    m = d.meta
    def first(kind):
        e = m.getElementsByType(kind)
        return str(e[0]) if e else None
    out['properties'] = {'title': first(dc.Title), 'author': first(meta.InitialCreator), 'subject': first(dc.Subject),
                         'keywords': ', '.join(str(k) for k in m.getElementsByType(meta.Keyword))}
    for t in d.body.getElementsByType(table.Table):
        out['tables'].append({'headerRepeats': len(t.getElementsByType(table.TableHeaderRows)) > 0,
                              'columns': len(t.getElementsByType(table.TableColumn))})
    out['bookmarks'] = [attr(b, TEXTNS, 'name') for b in d.body.getElementsByType(text.BookmarkStart)]
    out['lists'] = len(d.body.getElementsByType(text.List))
    out['contents'] = len(d.body.getElementsByType(text.TableOfContent))
    out['paragraphs'] = [str(p) for p in d.body.getElementsByType(text.P)]
    for mp in d.masterstyles.getElementsByType(style.MasterPage):
        for h in mp.getElementsByType(style.Header):
            out['header'] = str(h)
        for f in mp.getElementsByType(style.Footer):
            out['footer'] += ['PAGE'] * len(f.getElementsByType(text.PageNumber)) + ['NUMPAGES'] * len(f.getElementsByType(text.PageCount))
            out['footerText'] = str(f)
    return out


path = sys.argv[1]
print(json.dumps(docx(path) if path.endswith('.docx') else odt(path), ensure_ascii=False))
