#include "dateedit.h"

#include <QAction>
#include <QCalendarWidget>
#include <QKeyEvent>
#include <QRegularExpression>
#include <QTimer>
#include <QToolTip>

namespace planverk {

namespace {

const QString kFormat = QStringLiteral("dd.MM.yyyy");

QString shown(const QDate &d) { return d.isValid() ? d.toString(kFormat) : QString(); }

} // namespace

DateEdit::DateEdit(QWidget *parent) : QLineEdit(parent)
{
    setPlaceholderText(tr("no date"));
    setToolTip(tr("A date as dd.mm.yyyy (17.02.2026); empty for no date. Alt+Down opens a calendar."));
    setClearButtonEnabled(true);
    QAction *calendar = addAction(QIcon(QStringLiteral(":/planverk/icons/calendar.svg")), QLineEdit::TrailingPosition);
    calendar->setObjectName(QStringLiteral("calendar"));
    calendar->setToolTip(tr("Calendar"));
    connect(calendar, &QAction::triggered, this, &DateEdit::showCalendar);
    connect(this, &QLineEdit::editingFinished, this, &DateEdit::commit);
}

void DateEdit::setValue(const QDate &d)
{
    if (m_value == d && text() == shown(d))
        return;
    m_value = d;
    setText(shown(d));
}

void DateEdit::commit()
{
    const QString typed = text().trimmed();
    m_refusal.clear();
    if (typed.isEmpty()) {
        choose(QDate());
        return;
    }
    // Day, month and year, as Norwegians write them (1.2.2026, 01.02.2026), or ISO 8601.
    static const QRegularExpression norwegian(QStringLiteral("^(\\d{1,2})[./](\\d{1,2})[./](\\d{4})$"));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    QDate date;
    bool whole = false;
    if (const auto m = norwegian.match(typed); m.hasMatch()) {
        whole = true;
        date = QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    } else if (const auto m = iso.match(typed); m.hasMatch()) {
        whole = true;
        date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    }
    if (date.isValid()) {
        choose(date);
        return;
    }
    m_refusal = whole ? tr("“%1” is not a date in the calendar. The date is still %2.").arg(typed, m_value.isValid() ? shown(m_value) : tr("empty"))
                      : tr("“%1” is not a whole date: write day, month and year, as 17.02.2026. The date is still %2.")
                            .arg(typed, m_value.isValid() ? shown(m_value) : tr("empty"));
    setText(shown(m_value));
    // After the focus has moved on (Tab): a tooltip hides when the focus changes.
    QTimer::singleShot(0, this, [this, message = m_refusal] { QToolTip::showText(mapToGlobal(QPoint(0, height())), message, this, QRect(), 10000); });
    Q_EMIT refused(m_refusal);
}

void DateEdit::choose(const QDate &date)
{
    setText(shown(date));
    if (date == m_value)
        return;
    m_value = date;
    Q_EMIT edited();
}

void DateEdit::showCalendar()
{
    if (isReadOnly() || !isEnabled())
        return;
    auto *calendar = new QCalendarWidget(this);
    calendar->setObjectName(QStringLiteral("calendarPopup"));
    calendar->setWindowFlags(Qt::Popup);
    calendar->setAttribute(Qt::WA_DeleteOnClose);
    calendar->setGridVisible(true);
    calendar->setSelectedDate(m_value.isValid() ? m_value : QDate::currentDate());
    connect(calendar, &QCalendarWidget::activated, this, [this, calendar](const QDate &d) {
        calendar->close();
        choose(d);
    });
    connect(calendar, &QCalendarWidget::clicked, this, [this, calendar](const QDate &d) {
        calendar->close();
        choose(d);
    });
    calendar->move(mapToGlobal(QPoint(0, height())));
    calendar->show();
    calendar->setFocus();
}

void DateEdit::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Down && event->modifiers() == Qt::AltModifier) || event->key() == Qt::Key_F4) {
        showCalendar();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace planverk
