// The user guide: HTML pages compiled into the program (resources/help/LANG/),
// shown offline in a QTextBrowser with a contents list, back and forward.
#pragma once

#include <QSet>
#include <QWidget>

class QTextBrowser;
class QTreeWidget;

namespace planverk {

class HelpWindow : public QWidget
{
    Q_OBJECT
public:
    explicit HelpWindow(QWidget *parent = nullptr);

    /// Shows the guide at `anchor` (empty: its beginning) and brings the window up.
    void showAnchor(const QString &anchor);
    /// The anchors the guide has ("field-caseNumber", "export" …).
    const QSet<QString> &anchors() const { return m_anchors; }
    QTextBrowser *browser() const { return m_browser; }
    /// The guide in `language` (nb, nn, en), or the Bokmål one when there is none in it.
    static QString guidePath(const QString &language);

private:
    QTextBrowser *m_browser = nullptr;
    QTreeWidget *m_contents = nullptr;
    QString m_path;
    QSet<QString> m_anchors;
};

} // namespace planverk
