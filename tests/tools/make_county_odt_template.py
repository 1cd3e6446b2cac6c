#!/usr/bin/python3
"""The county-like template of make_county_template.py as an OpenDocument text,
made with odfpy: placeholders (one split over three spans), a header with the
title, a footer with the owner and the page number, a red Heading 1 of its own,
and the [Planinnhold] marker on a new page.

make_county_odt_template.py OUT.odt [--ott] [--no-marker]"""
import sys
import zipfile

from odf.opendocument import OpenDocumentText
from odf.style import (Footer, Header, MasterPage, PageLayout, PageLayoutProperties, ParagraphProperties, Style,
                       TextProperties)
from odf.text import H, P, PageNumber, Span

out = sys.argv[1]
doc = OpenDocumentText()
layout = PageLayout(name='pm1')
layout.addElement(PageLayoutProperties(pagewidth='210mm', pageheight='297mm', margintop='20mm', marginbottom='20mm',
                                       marginleft='25mm', marginright='25mm'))
doc.automaticstyles.addElement(layout)
for level, color in ((1, '#c01020'), (2, '#2060a0'), (3, '#2060a0'), (4, '#2060a0')):
    h = Style(name='Heading_20_%d' % level, displayname='Heading %d' % level, family='paragraph', defaultoutlinelevel=str(level))
    h.addElement(TextProperties(color=color, fontsize='%dpt' % (20 - 2 * level), fontweight='bold'))
    doc.styles.addElement(h)
doc.styles.addElement(Style(name='Text_20_body', displayname='Text body', family='paragraph'))
bold = Style(name='Sterk', family='text')
bold.addElement(TextProperties(fontweight='bold'))
doc.styles.addElement(bold)
newpage = Style(name='NySide', family='paragraph', parentstylename='Text_20_body')
newpage.addElement(ParagraphProperties(breakbefore='page'))
doc.automaticstyles.addElement(newpage)

master = MasterPage(name='Standard', pagelayoutname='pm1')
header = Header()
header.addElement(P(text='[Tittel]'))
master.addElement(header)
footer = Footer()
fp = P(text='[Eier/virksomhet] – side ')
fp.addElement(PageNumber(selectpage='current', text='1'))
footer.addElement(fp)
master.addElement(footer)
doc.masterstyles.addElement(master)

p = P()
for part in ('[STIKK', 'TIT', 'TEL]'):
    p.addElement(Span(stylename=bold, text=part))
doc.text.addElement(p)
doc.text.addElement(P(text='[Tittel]'))
for label, placeholder in (('Dato vedtatt', '[Dato]'), ('Saksnummer', '[nnnn/nn]'), ('Kontor', '[Ukjent felt]')):
    q = P(text=label + ': ')
    q.addElement(Span(text=placeholder[:3]))
    q.addElement(Span(text=placeholder[3:]))
    doc.text.addElement(q)
if '--no-marker' not in sys.argv:
    doc.text.addElement(P(stylename=newpage, text='[Planinnhold]'))
doc.text.addElement(P(text='Fylkeskommunens sluttord.'))
doc.save(out)

if '--ott' in sys.argv:
    with zipfile.ZipFile(out) as z:
        members = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(out, 'w') as z:
        for info, data in members:
            if info.filename == 'mimetype':
                z.writestr(info, b'application/vnd.oasis.opendocument.text-template', compress_type=zipfile.ZIP_STORED)
            else:
                if info.filename == 'META-INF/manifest.xml':
                    data = data.replace(b'opendocument.text"', b'opendocument.text-template"')
                z.writestr(info.filename, data, compress_type=zipfile.ZIP_DEFLATED)
