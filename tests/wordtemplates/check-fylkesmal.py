#!/usr/bin/python3
"""Checks the sample county Word template, resources/wordtemplates/fylkesmal.{dotx,ott}:
what a word processor and Planverk's template filler rely on. Exit 0 when all holds,
1 with one line per failure.

- .dotx: a Word *template* (its main part's content type), every placeholder of the
  cover, the metadata table, the header and the footer in one run each, the marker
  paragraph [Planinnhold] once and alone, Heading 1-4 with outline levels, a table
  style with a repeating header row, Bokmål on the styles, PAGE and NUMPAGES fields
  in the footer, the logo and cover picture with alt text, the document's title.
- .ott: an OpenDocument text template with the same placeholders and marker,
  Heading 1-4 with outline levels and Bokmål.
- The committed .dotx is the one scripts/make-wordtemplates makes (byte for byte).
"""
import importlib.machinery
import importlib.util
import os
import sys
import tempfile
import zipfile

from lxml import etree

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DIR = os.path.join(ROOT, 'resources', 'wordtemplates')
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
NS = {'w': W, 'wp': 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
      'ct': 'http://schemas.openxmlformats.org/package/2006/content-types',
      'dc': 'http://purl.org/dc/elements/1.1/'}
PLACEHOLDERS = ['[STIKKTITTEL]', '[Tittel]', '[Type dokument]', '[Dato]', '[nnnn/nn]', '[Vedtatt av]', '[Forfatter]',
                '[Eier/virksomhet]', '[Riktig kreditering av fotograf]']
MARKER = '[Planinnhold]'
failures = []


def check(ok, what):
    if not ok:
        failures.append(what)


def runs_text(root):
    return [t.text or '' for t in root.iter('{%s}t' % W)]


def check_dotx(path):
    z = zipfile.ZipFile(path)
    ct = etree.fromstring(z.read('[Content_Types].xml'))
    main = ct.xpath('//ct:Override[@PartName="/word/document.xml"]/@ContentType', namespaces=NS)
    check(main == ['application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml'],
          'fylkesmal.dotx: the main part is not a Word template: %s' % main)
    doc = etree.fromstring(z.read('word/document.xml'))
    parts = [doc] + [etree.fromstring(z.read(n)) for n in z.namelist() if n.startswith('word/header') or n.startswith('word/footer')]
    texts = [t for p in parts for t in runs_text(p)]
    for ph in PLACEHOLDERS:
        check(any(ph in t for t in texts), 'fylkesmal.dotx: %s is not whole in one run anywhere' % ph)
    paragraphs = [''.join(p.itertext()) for p in doc.iter('{%s}p' % W)]
    check(paragraphs.count(MARKER) == 1, 'fylkesmal.dotx: the marker paragraph %s is there %d times, not once alone'
          % (MARKER, paragraphs.count(MARKER)))
    styles = etree.fromstring(z.read('word/styles.xml'))
    for level in range(1, 5):
        outline = styles.xpath('//w:style[@w:styleId="Heading%d"]/w:pPr/w:outlineLvl/@w:val' % level, namespaces=NS)
        check(outline == [str(level - 1)], 'fylkesmal.dotx: Heading %d has outline level %s' % (level, outline))
    check(bool(styles.xpath('//w:style[@w:styleId="Fylkestabell"]/w:tblStylePr[@w:type="firstRow"]/w:trPr/w:tblHeader',
                            namespaces=NS)), 'fylkesmal.dotx: the table style Fylkestabell has no repeating header row')
    langs = set(styles.xpath('//w:lang/@w:val', namespaces=NS))
    check(langs == {'nb-NO'}, 'fylkesmal.dotx: the styles\' languages are %s, not nb-NO' % sorted(langs))
    footers = ''.join(etree.tostring(etree.fromstring(z.read(n)), encoding='unicode')
                      for n in z.namelist() if n.startswith('word/footer'))
    check(' PAGE ' in footers and ' NUMPAGES ' in footers, 'fylkesmal.dotx: the footer has no PAGE and NUMPAGES fields')
    pictures = doc.xpath('//wp:docPr', namespaces=NS)
    check(len(pictures) == 2 and all(p.get('descr') for p in pictures),
          'fylkesmal.dotx: the logo and the cover picture need alt text: %s' % [p.get('descr') for p in pictures])
    core = etree.fromstring(z.read('docProps/core.xml'))
    check(core.xpath('//dc:title/text()', namespaces=NS) == ['[Tittel]'], 'fylkesmal.dotx: the document title is not [Tittel]')


def check_ott(path):
    from odf.opendocument import load
    from odf import text, style
    from odf.element import Element
    z = zipfile.ZipFile(path)
    check(z.read('mimetype') == b'application/vnd.oasis.opendocument.text-template',
          'fylkesmal.ott: not an OpenDocument text template')
    doc = load(path)

    def plain(el):
        out = []
        for node in el.childNodes:
            if node.nodeType == node.TEXT_NODE:
                out.append(str(node))
            elif isinstance(node, Element):
                out.append(plain(node))
        return ''.join(out)
    everything = plain(doc.text) + plain(doc.masterstyles)
    for ph in PLACEHOLDERS:
        check(ph in everything, 'fylkesmal.ott: %s is missing' % ph)
    paragraphs = [plain(p) for p in doc.text.getElementsByType(text.P)]
    check(paragraphs.count(MARKER) == 1, 'fylkesmal.ott: the marker paragraph %s is there %d times' % (MARKER, paragraphs.count(MARKER)))
    levels = {s.getAttribute('displayname') or s.getAttribute('name'): s.getAttribute('defaultoutlinelevel')
              for s in doc.styles.getElementsByType(style.Style)}
    for level in range(1, 5):
        check(levels.get('Heading %d' % level) == str(level),
              'fylkesmal.ott: Heading %d has outline level %s' % (level, levels.get('Heading %d' % level)))
    styles_xml = z.read('styles.xml').decode()
    check('fo:language="nb" fo:country="NO"' in styles_xml, 'fylkesmal.ott: the default language is not nb-NO')


def check_reproducible():
    loader = importlib.machinery.SourceFileLoader('make_wordtemplates', os.path.join(ROOT, 'scripts', 'make-wordtemplates'))
    spec = importlib.util.spec_from_loader('make_wordtemplates', loader)
    make = importlib.util.module_from_spec(spec)
    loader.exec_module(make)
    with tempfile.TemporaryDirectory() as tmp:
        logo = make.svg_to_png('logo', 640, tmp)
        picture = make.svg_to_png('forsidebilde', 1600, tmp)
        made = make.make_dotx(tmp, logo, picture)
        with open(made, 'rb') as a, open(os.path.join(DIR, 'fylkesmal.dotx'), 'rb') as b:
            check(a.read() == b.read(), 'fylkesmal.dotx is not what scripts/make-wordtemplates makes: run it and commit the result')


check_dotx(os.path.join(DIR, 'fylkesmal.dotx'))
check_ott(os.path.join(DIR, 'fylkesmal.ott'))
check_reproducible()
for f in failures:
    print(f)
sys.exit(1 if failures else 0)
