// A date field that may be empty ("no date yet"), with a calendar.
#pragma once

#include <QDateEdit>

namespace planverk {

class DateEdit : public QDateEdit
{
    Q_OBJECT
public:
    explicit DateEdit(QWidget *parent = nullptr);
    /// An invalid date when the field is empty.
    QDate value() const;
    void setValue(const QDate &date);

Q_SIGNALS:
    void edited();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool m_setting = false;
};

} // namespace planverk
