#include "render/xmltree.h"

#include "model/planerror.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace planverk {

void XmlNode::setAttribute(const QString &qualifiedName, const QString &value)
{
    QXmlStreamAttributes updated;
    bool set = false;
    for (const QXmlStreamAttribute &a : std::as_const(attributes)) {
        if (a.qualifiedName() == qualifiedName) {
            updated.append(qualifiedName, value);
            set = true;
        } else {
            updated.append(a);
        }
    }
    if (!set)
        updated.append(qualifiedName, value);
    attributes = updated;
}

XmlNode *XmlNode::child(const char *qualifiedName)
{
    for (XmlNode &c : children)
        if (c.is(qualifiedName))
            return &c;
    return nullptr;
}

QString XmlNode::allText() const
{
    if (kind == Kind::Text)
        return text;
    QString t;
    for (const XmlNode &c : children)
        t += c.allText();
    return t;
}

XmlNode parseXml(const QByteArray &xml, const QString &file)
{
    QXmlStreamReader r(xml);
    r.setNamespaceProcessing(false);
    XmlNode document;
    document.kind = XmlNode::Kind::Document;
    std::vector<XmlNode *> stack{&document};
    while (!r.atEnd()) {
        switch (r.readNext()) {
        case QXmlStreamReader::StartElement: {
            XmlNode e;
            e.name = r.qualifiedName().toString();
            e.attributes = r.attributes();
            for (const QXmlStreamNamespaceDeclaration &ns : r.namespaceDeclarations()) // with processing off these are attributes already
                if (!e.attributes.hasAttribute(QStringLiteral("xmlns:") + ns.prefix().toString()))
                    e.attributes.append(ns.prefix().isEmpty() ? QStringLiteral("xmlns") : QStringLiteral("xmlns:") + ns.prefix().toString(),
                                        ns.namespaceUri().toString());
            stack.back()->children.push_back(std::move(e));
            stack.push_back(&stack.back()->children.back());
            break;
        }
        case QXmlStreamReader::EndElement: stack.pop_back(); break;
        case QXmlStreamReader::Characters: {
            XmlNode t;
            t.kind = XmlNode::Kind::Text;
            t.text = r.text().toString();
            stack.back()->children.push_back(std::move(t));
            break;
        }
        case QXmlStreamReader::Comment: {
            XmlNode c;
            c.kind = XmlNode::Kind::Comment;
            c.text = r.text().toString();
            stack.back()->children.push_back(std::move(c));
            break;
        }
        case QXmlStreamReader::ProcessingInstruction: {
            XmlNode p;
            p.kind = XmlNode::Kind::ProcessingInstruction;
            p.name = r.processingInstructionTarget().toString();
            p.text = r.processingInstructionData().toString();
            stack.back()->children.push_back(std::move(p));
            break;
        }
        default: break;
        }
    }
    if (r.hasError())
        throw PlanError(file, QStringLiteral("%1:%2").arg(r.lineNumber()).arg(r.columnNumber()), QStringLiteral("is not well-formed XML: %1").arg(r.errorString()));
    return document;
}

namespace {

void writeNode(QXmlStreamWriter &w, const XmlNode &n)
{
    switch (n.kind) {
    case XmlNode::Kind::Document:
        for (const XmlNode &c : n.children)
            writeNode(w, c);
        break;
    case XmlNode::Kind::Element:
        if (n.children.empty()) {
            w.writeEmptyElement(n.name);
            for (const QXmlStreamAttribute &a : n.attributes)
                w.writeAttribute(a.qualifiedName().toString(), a.value().toString());
            break;
        }
        w.writeStartElement(n.name);
        for (const QXmlStreamAttribute &a : n.attributes)
            w.writeAttribute(a.qualifiedName().toString(), a.value().toString());
        for (const XmlNode &c : n.children)
            writeNode(w, c);
        w.writeEndElement();
        break;
    case XmlNode::Kind::Text: w.writeCharacters(n.text); break;
    case XmlNode::Kind::Comment: w.writeComment(n.text); break;
    case XmlNode::Kind::ProcessingInstruction: w.writeProcessingInstruction(n.name, n.text); break;
    }
}

} // namespace

QByteArray writeXml(const XmlNode &document)
{
    QByteArray bytes;
    QXmlStreamWriter w(&bytes);
    w.writeStartDocument(QStringLiteral("1.0"), true);
    writeNode(w, document);
    w.writeEndDocument();
    return bytes;
}

} // namespace planverk
