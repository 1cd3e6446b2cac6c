// A rich-text box for the plan's Markdown fields: bold, italic, lists and
// links with a small toolbar; what is stored is Markdown.
#pragma once

#include <QWidget>

class QAction;
class QTextEdit;
class QToolBar;

namespace planverk {

class MarkdownEdit : public QWidget
{
    Q_OBJECT
public:
    explicit MarkdownEdit(QWidget *parent = nullptr);

    QString markdown() const;
    /// Shows `markdown` unless it is what the box holds already (the cursor stays put).
    void setMarkdown(const QString &markdown);
    QTextEdit *textEdit() const { return m_edit; }

Q_SIGNALS:
    /// The user changed the text.
    void edited();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void toggleBold();
    void formatted(); // the toolbar changed the formatting: reported as an edit
    void toggleItalic();
    void makeList(bool numbered);
    void insertLink();

    QToolBar *m_bar;
    QTextEdit *m_edit;
    QList<QAction *> m_keyed; // the buttons with a key
    bool m_settingText = false;
    QString m_lastText; // the text last reported as edited (or set)
};

} // namespace planverk
