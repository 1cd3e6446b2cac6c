#!/usr/bin/python3
"""A small county-like Word template for the tests (no real county's logo or text):
a cover with bracket placeholders (one split over three runs, as Word does), a
header with a logo and the title, a footer with the owner and a page field, a
red Heading 1 of its own, and the [Planinnhold] marker.

make_county_template.py OUT.docx [--dotx] [--no-marker]"""
import struct
import sys
import zipfile
import zlib

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Mm


def png(width, height, rgb):
    raw = b''.join(b'\x00' + bytes(rgb) * width for _ in range(height))
    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', width, height, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))


def page_field(paragraph):
    for kind, text in (('begin', None), (None, ' PAGE '), ('separate', None), (None, '1'), ('end', None)):
        run = paragraph.add_run()
        if kind:
            fld = OxmlElement('w:fldChar')
            fld.set(qn('w:fldCharType'), kind)
            run._r.append(fld)
        elif text == ' PAGE ':
            instr = OxmlElement('w:instrText')
            instr.set(qn('xml:space'), 'preserve')
            instr.text = text
            run._r.append(instr)
        else:
            run.text = text


def main():
    out = sys.argv[1]
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(25)
    heading1 = doc.styles['Heading 1']
    heading1.font.color.rgb = RGBColor(0xC0, 0x10, 0x20)
    heading1.font.size = Pt(20)

    logo = '/tmp/planverk-test-logo.png'
    with open(logo, 'wb') as f:
        f.write(png(40, 20, (0x20, 0x60, 0xA0)))
    header = section.header.paragraphs[0]
    header.add_run().add_picture(logo, width=Mm(20))
    header.add_run(' [Tittel]')
    footer = section.footer.paragraphs[0]
    footer.add_run('[Eier/virksomhet] – side ')
    page_field(footer)

    # The cover: Word splits a placeholder over runs when it is edited.
    p = doc.add_paragraph()
    for part in ('[STIKK', 'TIT', 'TEL]'):
        r = p.add_run(part)
        r.bold = True
    doc.add_paragraph('[Tittel]', style='Title')
    for label, placeholder in (('Type dokument', '[Type dokument]'), ('Eier/virksomhet', '[Eier/virksomhet]'),
                               ('Forfatter', '[Forfatter]'), ('Vedtatt av', '[Vedtatt av]'),
                               ('Dato vedtatt', '[Dato]'), ('Saksnummer', '[nnnn/nn]'),
                               ('Fotograf', '[Riktig kreditering av fotograf]'), ('Kontor', '[Ukjent felt]')):
        q = doc.add_paragraph(label + ': ')
        q.add_run(placeholder[:3])
        q.add_run(placeholder[3:])
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    if '--no-marker' not in sys.argv:
        doc.add_paragraph('[Planinnhold]')
    doc.add_paragraph('Fylkeskommunens sluttord.')
    doc.core_properties.title = '[Tittel]'
    doc.save(out)

    if '--dotx' in sys.argv:
        with zipfile.ZipFile(out) as z:
            members = [(i, z.read(i.filename)) for i in z.infolist()]
        with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
            for info, data in members:
                if info.filename == '[Content_Types].xml':
                    data = data.replace(b'wordprocessingml.document.main+xml', b'wordprocessingml.template.main+xml')
                z.writestr(info.filename, data)


main()
