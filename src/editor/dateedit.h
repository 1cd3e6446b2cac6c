// A date field that may be empty ("no date yet"): the date is typed as
// dd.mm.yyyy, or picked in a calendar (the button, Alt+Down or F4).
//
// What is typed is taken when the field is left (Tab, Enter, a click
// elsewhere), exactly as typed, or not at all: a partial or impossible date
// (01.02, 31.02.2026) is refused with a message at the field, and the field
// shows its old value again. Emptied, the field has no date.
#pragma once

#include <QDate>
#include <QLineEdit>

namespace planverk {

class DateEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit DateEdit(QWidget *parent = nullptr);
    /// An invalid date when the field is empty.
    QDate value() const { return m_value; }
    void setValue(const QDate &date);
    /// Why the last typed date was refused (empty when it was not).
    QString refusal() const { return m_refusal; }
    /// Opens the calendar.
    void showCalendar();

Q_SIGNALS:
    /// The user changed the date.
    void edited();
    /// What the user typed is not a date; the field has its old value again.
    void refused(const QString &message);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void commit();
    void choose(const QDate &date);

    QDate m_value;
    QString m_refusal;
};

} // namespace planverk
