// A small XML tree for editing office documents: read with QXmlStreamReader
// (prefixes kept as written, every text node kept, spaces included) and
// written back with QXmlStreamWriter.
#pragma once

#include <QByteArray>
#include <QString>
#include <QXmlStreamAttributes>

#include <vector>

namespace planverk {

struct XmlNode {
    enum class Kind { Document, Element, Text, Comment, ProcessingInstruction };
    Kind kind = Kind::Element;
    QString name;                  // element: the qualified name ("w:p"); PI: its target
    QXmlStreamAttributes attributes; // namespace declarations included
    QString text;                  // text, comment, PI data
    std::vector<XmlNode> children;

    bool is(const char *qualifiedName) const { return kind == Kind::Element && name == QLatin1String(qualifiedName); }
    QString attribute(const char *qualifiedName) const { return attributes.value(QLatin1String(qualifiedName)).toString(); }
    void setAttribute(const QString &qualifiedName, const QString &value);
    /// The first child element named so, or null.
    XmlNode *child(const char *qualifiedName);
    /// All text below (the text nodes, in order).
    QString allText() const;
};

/// Throws PlanError naming `file` and the line and column when `xml` is not well-formed.
XmlNode parseXml(const QByteArray &xml, const QString &file);
QByteArray writeXml(const XmlNode &document);

} // namespace planverk
