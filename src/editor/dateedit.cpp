#include "dateedit.h"

#include <QKeyEvent>

namespace planverk {

namespace {
const QDate kEmpty(1900, 1, 1);
}

DateEdit::DateEdit(QWidget *parent) : QDateEdit(parent)
{
    setCalendarPopup(true);
    setMinimumDate(kEmpty);
    setSpecialValueText(tr("no date"));
    setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    setDate(kEmpty);
    setToolTip(tr("Delete or Backspace empties the date"));
    connect(this, &QDateEdit::dateChanged, this, [this] {
        if (!m_setting)
            Q_EMIT edited();
    });
}

QDate DateEdit::value() const { return date() == kEmpty ? QDate() : date(); }

void DateEdit::setValue(const QDate &d)
{
    if (value() == d)
        return;
    m_setting = true;
    setDate(d.isValid() ? d : kEmpty);
    m_setting = false;
}

void DateEdit::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && currentSection() == QDateTimeEdit::NoSection) {
        setDate(kEmpty);
        return;
    }
    if (date() == kEmpty && (event->key() >= Qt::Key_0 && event->key() <= Qt::Key_9)) {
        setDate(QDate::currentDate()); // start from today, then type over it
    }
    QDateEdit::keyPressEvent(event);
}

} // namespace planverk
