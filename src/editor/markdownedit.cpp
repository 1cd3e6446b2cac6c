#include "markdownedit.h"

#include "render/templatedocument.h"

#include <QInputDialog>
#include <QKeyEvent>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextList>
#include <QToolBar>
#include <QVBoxLayout>

namespace planverk {

MarkdownEdit::MarkdownEdit(QWidget *parent) : QWidget(parent), m_bar(new QToolBar(this)), m_edit(new QTextEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_bar->setIconSize(QSize(16, 16));
    m_bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto add = [this](const QString &text, const QString &tip, const QKeySequence &key, auto slot) {
        QAction *a = m_bar->addAction(text, this, slot);
        a->setToolTip(key.isEmpty() ? tip : tip + QStringLiteral(" (") + key.toString(QKeySequence::NativeText) + ')');
        if (!key.isEmpty()) {
            a->setShortcut(key);
            a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            addAction(a); // the shortcut's widget is this box, the text included, not just the tool bar
            m_keyed.append(a);
        }
        a->setProperty("accessibleName", tip);
        return a;
    };
    QFont bold = font();
    bold.setBold(true);
    add(tr("B"), tr("Bold"), QKeySequence::Bold, &MarkdownEdit::toggleBold)->setFont(bold);
    QFont italic = font();
    italic.setItalic(true);
    add(tr("I"), tr("Italic"), QKeySequence::Italic, &MarkdownEdit::toggleItalic)->setFont(italic);
    add(tr("• List"), tr("Bulleted list"), QKeySequence(), [this] { makeList(false); });
    add(tr("1. List"), tr("Numbered list"), QKeySequence(), [this] { makeList(true); });
    add(tr("Link…"), tr("Link"), QKeySequence(Qt::CTRL | Qt::Key_K), &MarkdownEdit::insertLink);
    layout->addWidget(m_bar);
    layout->addWidget(m_edit);
    // A plan's Markdown may name any file as an image (/etc/passwd, /dev/zero): a QTextEdit's own
    // document would read it. This one loads nothing at all.
    m_edit->setDocument(new TemplateDocument(nullptr, m_edit));
    m_edit->setAcceptRichText(false); // pasted text comes in plain; formatting through the toolbar
    m_edit->setTabChangesFocus(true);
    m_edit->installEventFilter(this);
    setFocusProxy(m_edit);
    // textChanged comes for a change of the text, of its formatting, and also
    // when the spelling highlighter only repaints (a dictionary loaded): that
    // must not save the text again (toMarkdown rewraps it). So typing counts
    // when the text changed; formatting counts through the toolbar's actions,
    // the only way to format here (formatted()).
    connect(m_edit, &QTextEdit::textChanged, this, [this] {
        if (m_settingText)
            return;
        const QString text = m_edit->document()->toRawText();
        if (text == m_lastText)
            return;
        m_lastText = text;
        Q_EMIT edited();
    });
}

// The text box has its own bindings for some of these keys (Ctrl+K deletes
// to the end of the line), and the window's shortcuts would take others
// (Ctrl+I): while the box has focus, the keys its buttons name are its own.
bool MarkdownEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QKeySequence pressed(key->keyCombination());
        for (QAction *a : std::as_const(m_keyed)) {
            if (a->shortcut() != pressed)
                continue;
            event->accept();
            if (event->type() == QEvent::KeyPress && a->isEnabled())
                a->trigger();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString MarkdownEdit::markdown() const
{
    QString md = m_edit->document()->toMarkdown(QTextDocument::MarkdownDialectCommonMark);
    while (md.endsWith('\n'))
        md.chop(1);
    return md;
}

void MarkdownEdit::setMarkdown(const QString &markdown)
{
    if (this->markdown() == markdown)
        return;
    m_settingText = true;
    m_edit->document()->setMarkdown(markdown, QTextDocument::MarkdownDialectCommonMark);
    m_lastText = m_edit->document()->toRawText();
    m_settingText = false;
}

void MarkdownEdit::formatted()
{
    m_lastText = m_edit->document()->toRawText();
    Q_EMIT edited();
}

void MarkdownEdit::toggleBold()
{
    QTextCharFormat f;
    f.setFontWeight(m_edit->fontWeight() >= QFont::Bold ? QFont::Normal : QFont::Bold);
    m_edit->mergeCurrentCharFormat(f);
    formatted();
}

void MarkdownEdit::toggleItalic()
{
    QTextCharFormat f;
    f.setFontItalic(!m_edit->fontItalic());
    m_edit->mergeCurrentCharFormat(f);
    formatted();
}

void MarkdownEdit::makeList(bool numbered)
{
    QTextCursor c = m_edit->textCursor();
    c.createList(numbered ? QTextListFormat::ListDecimal : QTextListFormat::ListDisc);
    formatted();
}

void MarkdownEdit::insertLink()
{
    bool ok = false;
    const QString url = QInputDialog::getText(this, tr("Link"), tr("Web address (https://…) or e-mail (mailto:…):"), QLineEdit::Normal,
                                              QStringLiteral("https://"), &ok);
    if (!ok || url.trimmed().isEmpty())
        return;
    QTextCursor c = m_edit->textCursor();
    QTextCharFormat f;
    f.setAnchor(true);
    f.setAnchorHref(url.trimmed());
    f.setFontUnderline(true);
    f.setForeground(palette().link());
    if (!c.hasSelection())
        c.insertText(url.trimmed(), f);
    else
        c.mergeCharFormat(f);
    formatted();
}

} // namespace planverk
