#include "spelling/spellunderline.h"

#include "spelling/spellchecker.h"

#include <QEvent>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace planverk {

namespace {

// The field's text laid out as QLineEdit lays it out (one line, its font).
struct LineLayout {
    QTextLayout layout;
    LineLayout(const QString &text, const QFont &font) : layout(text, font)
    {
        layout.beginLayout();
        QTextLine line = layout.createLine();
        line.setLineWidth(1e6);
        layout.endLayout();
    }
    qreal x(int position) const { return layout.lineAt(0).cursorToX(position); }
};

} // namespace

SpellUnderline::SpellUnderline(QLineEdit *field, SpellChecker *checker) : QWidget(field), m_field(field), m_checker(checker)
{
    setObjectName(QStringLiteral("spellUnderline"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFocusPolicy(Qt::NoFocus);
    resize(field->size());
    field->installEventFilter(this);
    connect(field, &QLineEdit::textChanged, this, &SpellUnderline::check);
    // The text scrolls inside a field that is too narrow for it.
    connect(field, &QLineEdit::cursorPositionChanged, this, qOverload<>(&QWidget::update));
    connect(checker, &SpellChecker::changed, this, &SpellUnderline::check);
    check();
}

void SpellUnderline::check()
{
    m_misspelled = m_field->echoMode() == QLineEdit::Normal ? m_checker->misspellings(m_field->text()) : QList<WordSpan>();
    update();
}

bool SpellUnderline::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::Resize)
        resize(m_field->size());
    if (watched == m_field && (event->type() == QEvent::FontChange || event->type() == QEvent::EnabledChange))
        update();
    return false;
}

std::pair<int, int> SpellUnderline::horizontalExtent(const WordSpan &word) const
{
    const LineLayout line(m_field->text(), m_field->font());
    // QLineEdit's cursor rectangle starts 5 pixels left of the cursor (QWidgetLineControl::cursorRect):
    // from it and the cursor's place in the layout follows where the text starts, scrolled or not.
    const QRect cursor = m_field->inputMethodQuery(Qt::ImCursorRectangle).toRect();
    const qreal origin = cursor.x() + 5 - line.x(m_field->cursorPosition());
    return {qRound(origin + line.x(word.start)), qRound(origin + line.x(word.start + word.length))};
}

void SpellUnderline::paintEvent(QPaintEvent *)
{
    if (m_misspelled.isEmpty() || m_field->text().isEmpty())
        return;
    const LineLayout line(m_field->text(), m_field->font());
    const QRect cursor = m_field->inputMethodQuery(Qt::ImCursorRectangle).toRect();
    const qreal origin = cursor.x() + 5 - line.x(m_field->cursorPosition());
    const qreal baseline = cursor.y() + QFontMetricsF(m_field->font()).ascent() + 1.5;

    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QMargins m = m_field->textMargins();
    p.setClipRect(m_field->contentsRect().marginsRemoved(m).adjusted(1, 0, -1, 0));
    p.setPen(QPen(QColor(0xd0, 0x10, 0x10), 1.0));
    constexpr qreal half = 2.0; // half a wave
    for (const WordSpan &w : std::as_const(m_misspelled)) {
        const qreal from = origin + line.x(w.start);
        const qreal to = origin + line.x(w.start + w.length);
        QPainterPath wave(QPointF(from, baseline));
        bool up = true;
        for (qreal x = from; x < to; x += half, up = !up)
            wave.lineTo(QPointF(std::min(x + half, to), baseline + (up ? -1.0 : 1.0)));
        p.drawPath(wave);
    }
}

} // namespace planverk
